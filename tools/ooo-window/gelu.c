/*
 * whyrelu's float gelu short form (kernels-simd VectorErfGelu: Φ(−a) = e^(−a²/2)·h(a), h a 4/5
 * rational, the exp with −x²/2's rounding error folded into its reduced argument), in AVX2
 * intrinsics, one vector per iteration as the Java loop runs it and software-pipelined in two
 * stages. Same arithmetic, same bits; only the order of the instruction stream differs. A vector's
 * operations form a chain about 60 cycles deep, so one vector per iteration fills the out-of-order
 * window (window.c) with two or three vectors.
 *
 *   gcc -O3 -mavx2 -mfma gelu.c -o gelu -lm && ./gelu
 */
#include <immintrin.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cycles.h"

#define B(c) _mm256_set1_ps(c)
#define FMA _mm256_fmadd_ps
#define N 4096

/* The first half: h's numerator and denominator, −x²/2 = s − d, the exp's reduced argument. */
typedef struct { __m256 x, m, den, r, shifted; } Half;

static inline Half first_half(__m256 x) {
    Half o = {.x = x};
    __m256 a = _mm256_andnot_ps(B(-0.f), x);
    __m256 n = B(0.006360771134495735f);
    n = FMA(n, a, B(0.07569754868745804f)); n = FMA(n, a, B(0.4197988510131836f));
    n = FMA(n, a, B(1.2670520544052124f)); n = FMA(n, a, B(2.0f));
    __m256 m = B(0.0025373552925884724f);
    m = FMA(m, a, B(0.030210481956601143f)); m = FMA(m, a, B(0.17229385673999786f));
    m = FMA(m, a, B(0.569221556186676f)); m = FMA(m, a, B(1.0889556407928467f)); m = FMA(m, a, B(1.0f));
    o.m = m;
    o.den = FMA(_mm256_mul_ps(a, B(2.5066282749176025f)), m, n);
    __m256 halfA = _mm256_mul_ps(a, B(0.5f));
    __m256 s = _mm256_mul_ps(_mm256_or_ps(x, B(-0.f)), halfA);
    __m256 d = FMA(a, halfA, s);
    o.shifted = FMA(s, B(1.44269504088896341f), B(0x1.8p23f));
    __m256 k = _mm256_sub_ps(o.shifted, B(0x1.8p23f));
    __m256 r = FMA(k, B(-0.693359375f), s);
    o.r = _mm256_sub_ps(FMA(k, B(2.12194440e-4f), r), d);
    return o;
}

/* The second half: e^r·2^k, h = m/den, and gelu = (−|x|)·e·h + (x > 0 ? x : 0). */
static inline __m256 second_half(Half o) {
    __m256 r = o.r, q = B(0.0013751407386735082f);
    q = FMA(q, r, B(0.008368915878236294f)); q = FMA(q, r, B(0.04166953265666962f));
    q = FMA(q, r, B(0.166665181517601f)); q = FMA(q, r, B(0.49999988079071045f));
    __m256 p = _mm256_add_ps(FMA(_mm256_mul_ps(r, r), q, r), B(1.f));
    __m256 e = _mm256_castsi256_ps(_mm256_add_epi32(_mm256_castps_si256(p), _mm256_slli_epi32(_mm256_castps_si256(o.shifted), 23)));
    __m256 h = _mm256_div_ps(o.m, o.den);
    __m256 positive = _mm256_blendv_ps(o.x, _mm256_setzero_ps(), _mm256_cmp_ps(o.x, _mm256_setzero_ps(), _CMP_LT_OQ));
    return FMA(_mm256_or_ps(o.x, B(-0.f)), _mm256_mul_ps(e, h), positive);
}

/* The short form's range test, as in the Java loop: every lane 2^−125 ≤ |x| ≤ 13. */
static inline int in_range(__m256 x) {
    __m256i shift = _mm256_set1_epi32((int) (0x80000000u - 0x01000000u));
    __m256i magnitude = _mm256_and_si256(_mm256_castps_si256(x), _mm256_set1_epi32(0x7fffffff));
    __m256i above = _mm256_cmpgt_epi32(_mm256_add_epi32(magnitude, shift), _mm256_add_epi32(_mm256_set1_epi32(0x41500000), shift));
    return _mm256_testz_si256(above, above);
}

/* Only the short form is timed: the inputs are all in its range, and abort() asserts it. */
__attribute__((noinline)) static void one_per_iteration(const float *in, float *out) {
    for (int i = 0; i < N; i += 8) {
        __m256 x = _mm256_loadu_ps(in + i);
        if (!in_range(x)) abort();
        _mm256_storeu_ps(out + i, second_half(first_half(x)));
    }
}

__attribute__((noinline)) static void two_stages(const float *in, float *out) {
    Half pending = first_half(_mm256_loadu_ps(in));
    for (int i = 8; i < N; i += 8) {
        __m256 x = _mm256_loadu_ps(in + i);
        if (!in_range(x)) abort();
        Half started = first_half(x);
        _mm256_storeu_ps(out + i - 8, second_half(pending));
        pending = started;
    }
    _mm256_storeu_ps(out + N - 8, second_half(pending));
}

static void measure(const char *name, void (*f)(const float *, float *), const float *in, float *out, double ghz) {
    double elements = N / seconds_per_call(f, in, out, 30, 2000);
    double worst = 0;
    for (int i = 0; i < N; i++) {
        double x = in[i], reference = 0.5 * x * erfc(-x / sqrt(2));
        double error = fabs(out[i] - reference) / fabs(reference);
        if (error > worst) worst = error;
    }
    printf("%-18s %6.3f G elements/s  %5.1f cycles per 8 lanes  (max relative error %.2g)\n", name, elements / 1e9,
           8 * ghz * 1e9 / elements, worst);
}

int main(void) {
    float *in = aligned_alloc(64, N * sizeof(float)), *out = aligned_alloc(64, N * sizeof(float));
    for (int i = 0; i < N; i++) in[i] = -10 + 20 * ((float) rand() / RAND_MAX);  /* the benchmark's range */
    double ghz = measured_ghz();
    printf("AVX2, clock %.2f GHz (measured)\n", ghz);
    float *other = aligned_alloc(64, N * sizeof(float));
    measure("one per iteration", one_per_iteration, in, other, ghz);
    measure("two stages", two_stages, in, out, ghz);
    for (int i = 0; i < N; i++) {
        if (memcmp(&out[i], &other[i], sizeof(float)) != 0) {
            printf("the two orders differ at %d: %a against %a\n", i, out[i], other[i]);
            return 1;
        }
    }
    printf("same bits\n");
    return 0;
}
