package io.spokes.core.crisis;

/**
 * In-place radix-2 complex FFT of one fixed power-of-two size, twiddles precomputed: the
 * cross-side sums of {@link StrengthConvolution} are convolutions with a fixed kernel, which cost
 * {@code O(N log N)} this way instead of the product of the two sides' grid sizes.
 */
final class Fft {
    private final int size;
    private final double[] cos;
    private final double[] sin;

    Fft(int size) {
        if (Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("FFT size must be a power of two, got " + size);
        }
        this.size = size;
        this.cos = new double[size / 2];
        this.sin = new double[size / 2];
        for (int i = 0; i < size / 2; i++) {
            double angle = -2 * Math.PI * i / size;
            cos[i] = Math.cos(angle);
            sin[i] = Math.sin(angle);
        }
    }

    int size() {
        return size;
    }

    /** Forward transform of {@code (re, im)} in place; {@code inverse} conjugates the twiddles and divides by the size. */
    void transform(double[] re, double[] im, boolean inverse) {
        int n = size;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        double sign = inverse ? -1 : 1;
        for (int len = 2; len <= n; len <<= 1) {
            int half = len >> 1;
            int stride = n / len;
            for (int i = 0; i < n; i += len) {
                for (int k = 0; k < half; k++) {
                    double wr = cos[k * stride];
                    double wi = sign * sin[k * stride];
                    int a = i + k;
                    int b = a + half;
                    double xr = re[b] * wr - im[b] * wi;
                    double xi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
        if (inverse) {
            for (int i = 0; i < n; i++) {
                re[i] /= n;
                im[i] /= n;
            }
        }
    }
}
