package org.tangier.analysis.internal;

/**
 * The upper tail of the Poisson distribution, P(X &ge; k) for a mean {@code lambda}: the early-warning test. Summed
 * from k upwards in log space, so that the small probabilities the test is about stay accurate (1 minus the lower
 * sum would round them to zero) and a large mean does not underflow e^-lambda.
 */
final class PoissonTail {

    private PoissonTail() {
    }

    static double atLeast(long k, double lambda) {
        if (k <= 0) {
            return 1.0;
        }
        if (lambda <= 0) {
            return 0.0;
        }
        double logTerm = -lambda + k * Math.log(lambda) - logFactorial(k);
        double term = Math.exp(logTerm);
        double sum = 0;
        for (long i = k; term > 0 && i < k + 100_000; i++) {
            sum += term;
            term *= lambda / (i + 1);
            if (term < sum * 1e-17) {
                break;
            }
        }
        return Math.min(1.0, sum);
    }

    private static double logFactorial(long n) {
        if (n < 256) {
            double s = 0;
            for (long i = 2; i <= n; i++) {
                s += Math.log(i);
            }
            return s;
        }
        // Stirling's series; its error at n >= 256 is far below what the test needs
        double x = n;
        return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }
}
