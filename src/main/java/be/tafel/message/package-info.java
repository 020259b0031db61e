/**
 * Messages as data (design.md): every sentence the server says about the network is a {@link
 * be.tafel.message.Message}, a code with its parameters. The catalogue ({@code web/messages.json}, read by
 * {@link be.tafel.message.Messages} and by the app) holds one English and one Dutch template per code; the
 * server renders the English text for API users, the app renders the language it speaks. Family counts stay
 * {@link be.tafel.privacy.FamilyCount}s, so a masked count reads "&lt;5" in the parameters and in the text.
 */
package be.tafel.message;
