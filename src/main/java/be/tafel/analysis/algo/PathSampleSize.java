package be.tafel.analysis.algo;

/**
 * How many shortest paths {@link SampledCentrality} draws: Riondato and Kornaropoulos' sample size
 *
 * <pre>
 *   r = ceil( c / eps^2 * ( floor(log2(VD - 2)) + 1 + ln(1 / delta) ) ),   c = 0.5,
 * </pre>
 *
 * after which every vertex's estimated betweenness (normalised over all ordered pairs) is within
 * {@code eps} of the exact value with probability at least {@code 1 - delta}. {@code VD} bounds the
 * vertex diameter, the most vertices on a shortest path: for hop distances by one more than
 * {@link DistanceBound}'s bound on the hops of a shortest path ({@code 2 e + 1} per component, with
 * {@code e} the eccentricity of the component's smallest vertex, on an undirected graph), and with
 * weights by the size of the largest weakly connected component, as the paper suggests.
 *
 * <p>M. Riondato and E. M. Kornaropoulos, "Fast approximation of betweenness centrality through
 * sampling", WSDM 2014 (Data Mining and Knowledge Discovery 30(2), 2016). M. Löffler and J. M. Phillips,
 * "Shape fitting on point sets with probability distributions", ESA 2009 (the constant {@code c}).
 */
final class PathSampleSize {
    /** The universal constant {@code c} of the sample size. */
    static final double CONSTANT = 0.5;

    private PathSampleSize() {}

    /** The sample size for an error {@code epsilon} in Riondato and Kornaropoulos' normalisation. */
    static int of(double epsilon, double delta, int vertexDiameter) {
        double r = CONSTANT / (epsilon * epsilon) * (logTerm(vertexDiameter) + 1 + Math.log(1 / delta));
        return (int) Math.min(Integer.MAX_VALUE, Math.ceil(r));
    }

    /** {@code floor(log2(VD - 2))}, 0 when {@code VD - 2 < 1}. */
    static int logTerm(int vertexDiameter) {
        return vertexDiameter - 2 >= 1 ? 31 - Integer.numberOfLeadingZeros(vertexDiameter - 2) : 0;
    }

    static int vertexDiameterBound(CsrGraph graph, PathLength length) {
        return vertexDiameterBound(
                graph, length, DistanceBound.of(graph, length, new ShortestPaths.Network(graph, length)));
    }

    /**
     * With {@code distanceBound} from {@link DistanceBound} for the same graph and length: for hop distances
     * a shortest path has one more vertex than hops; with weights the weighted bound says nothing about hops.
     */
    static int vertexDiameterBound(CsrGraph graph, PathLength length, double distanceBound) {
        int largest = Components.weak(graph).largestSize();
        return length == PathLength.HOPS ? (int) Math.min(largest, distanceBound + 1) : largest;
    }
}
