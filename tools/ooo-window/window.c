/*
 * How many waiting vector operations the core's out-of-order window holds, and what software
 * pipelining buys back. Each vector goes through a chain of K dependent FMAs (4 cycles each on
 * current x86 cores); vectors are independent, so the FMA ports alone would allow K/2 cycles per
 * vector. Split into S stages, each iteration runs stage s of vector i − s: a vector's chain then
 * spreads over S iterations of the instruction stream, and fewer of its operations wait in the
 * scheduler at once.
 *
 * Build and run (AVX2; add -DW512 -mavx512f for 512-bit vectors):
 *   gcc -O3 -mavx2 -mfma window.c -o window && ./window
 */
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include "cycles.h"

#ifdef W512
typedef __m512 vec;
#define LANES 16
#define LOAD _mm512_loadu_ps
#define STORE _mm512_storeu_ps
#define SET1 _mm512_set1_ps
#define FMA _mm512_fmadd_ps
#else
typedef __m256 vec;
#define LANES 8
#define LOAD _mm256_loadu_ps
#define STORE _mm256_storeu_ps
#define SET1 _mm256_set1_ps
#define FMA _mm256_fmadd_ps
#endif

#define N 4096

/* One function per (K, S): the stage loops unroll to straight-line code. */
#define PIPELINE(K, S)                                                                  \
    __attribute__((noinline)) static void chain_##K##_##S(const float *in, float *out) { \
        const vec c = SET1(0.5f), d = SET1(0.25f);                                     \
        vec stage[S];                                                                  \
        for (int s = 0; s < S; s++) stage[s] = SET1(0);                                \
        for (int i = 0; i < N + (S - 1) * LANES; i += LANES) {                         \
            for (int s = S - 1; s > 0; s--) stage[s] = stage[s - 1];                   \
            stage[0] = LOAD(in + (i < N ? i : 0));                                     \
            for (int s = 0; s < S; s++)                                                \
                for (int k = 0; k < K / S; k++) stage[s] = FMA(stage[s], c, d);        \
            int done = i - (S - 1) * LANES;                                            \
            if (done >= 0) STORE(out + done, stage[S - 1]);                            \
        }                                                                              \
    }
PIPELINE(16, 1) PIPELINE(16, 2) PIPELINE(16, 4)
PIPELINE(32, 1) PIPELINE(32, 2) PIPELINE(32, 4) PIPELINE(32, 8)
PIPELINE(48, 1) PIPELINE(48, 2) PIPELINE(48, 4) PIPELINE(48, 8)

static double cycles_per_vector(void (*f)(const float *, float *), const float *in, float *out, double ghz) {
    return seconds_per_call(f, in, out, 20, 1000) / (N / LANES) * ghz * 1e9;
}

int main(void) {
    float *in = aligned_alloc(64, N * sizeof(float)), *out = aligned_alloc(64, N * sizeof(float));
    for (int i = 0; i < N; i++) in[i] = (float) rand() / RAND_MAX;
    double ghz = measured_ghz();
    printf("%d-lane vectors, clock %.2f GHz (measured)\n", LANES, ghz);
    printf("%-4s %-3s %10s %12s %22s\n", "K", "S", "cycles", "2 pipes: K/2", "waiting ops (S = 1)");
    struct { int k, s; void (*f)(const float *, float *); } runs[] = {
        {16, 1, chain_16_1}, {16, 2, chain_16_2}, {16, 4, chain_16_4},
        {32, 1, chain_32_1}, {32, 2, chain_32_2}, {32, 4, chain_32_4}, {32, 8, chain_32_8},
        {48, 1, chain_48_1}, {48, 2, chain_48_2}, {48, 4, chain_48_4}, {48, 8, chain_48_8},
    };
    for (unsigned r = 0; r < sizeof runs / sizeof runs[0]; r++) {
        double c = cycles_per_vector(runs[r].f, in, out, ghz);
        /* Little's law with S = 1: a chain 4K cycles long, one vector finishing every c cycles. */
        if (runs[r].s == 1)
            printf("%-4d %-3d %10.1f %12.1f %22.0f\n", runs[r].k, runs[r].s, c, runs[r].k / 2.0, 4.0 * runs[r].k / c * runs[r].k);
        else
            printf("%-4d %-3d %10.1f %12.1f\n", runs[r].k, runs[r].s, c, runs[r].k / 2.0);
    }
    return 0;
}
