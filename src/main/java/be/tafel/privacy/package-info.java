/**
 * Privacy by type: family ids and family counts are values of their own types, and Jackson renders them for
 * the caller's {@link be.tafel.privacy.Audience} (brokers: as they are; analysts, viewers and anyone unknown:
 * restricted). Nothing decides on the request's path, so a route written another way (a trailing slash, a
 * doubled slash, percent-encoding) reads exactly what the route itself reads.
 *
 * <h2>The types</h2>
 * <ul>
 *   <li>{@link be.tafel.privacy.NodeRef}: the id of a vertex in an answer. A family's reads as its
 *       neighbourhood group ({@code families:Noord}) to all but brokers. {@code Vertex.ref()} makes one.</li>
 *   <li>{@link be.tafel.privacy.FamilyCount}: a number of families; 1 to 4 reads {@code "<5"}.</li>
 *   <li>{@link be.tafel.privacy.FamilyCounts}: counts that add up to a total (groups of a map, families and
 *       others cut off). Adds secondary suppression: while the total and the cells shown would pin a masked
 *       cell, the next smallest cell reads {@code "5+"}, and when none is left the total reads null.</li>
 *   <li>{@link be.tafel.privacy.FamilyRatio}: a figure computed from a count (a share, a ratio to a median);
 *       null where its count is masked.</li>
 *   <li>{@link be.tafel.privacy.FamilyText}: a sentence with {@code {families}} in it, filled per audience.</li>
 *   <li>{@link be.tafel.privacy.FamilyRows}: leaves rows about single families (their scores, a bridge or a
 *       link to one) out of a list for all but brokers, and counts them for the answer's
 *       {@code familiesLeftOut}.</li>
 * </ul>
 *
 * <h2>A new endpoint</h2>
 * <ol>
 *   <li>Answer with records and {@code ctx.json(answer)}: the app's JSON mapping ({@code web.PrivateJson})
 *       renders these types for {@code Audience.current()}, set by {@code AccessControl} once the caller is
 *       known and reset to restricted at the start of every request.</li>
 *   <li>Give every field that counts families the type {@code FamilyCount} (name it {@code families…} or
 *       {@code …Families}: the test that walks every GET route of {@code openapi.yaml} checks such fields);
 *       counts that add up to a total come from one {@code FamilyCounts} group, including the total.</li>
 *   <li>Give every vertex id the type {@code NodeRef} ({@code vertex.ref()}), never {@code vertex.id()} as a
 *       String, and drop rows about single families with {@code FamilyRows.forCurrentAudience()}, reporting
 *       {@code rows.leftOut()} in the answer.</li>
 *   <li>Files (GraphML, GEXF, CSV) are not JSON: render a count with {@code count.shownTo(audience)}, or
 *       refuse the file to a restricted audience when it would name families, as {@code ExportRoutes} does.</li>
 *   <li>Add the route to {@code openapi.yaml}; the walk then covers it with every value of its enumerated
 *       and boolean parameters. A required parameter the walk cannot fill makes it fail until taught one.</li>
 * </ol>
 * What cannot be read fails closed: a writer without an audience writes for the restricted one.
 */
package be.tafel.privacy;
