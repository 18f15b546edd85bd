/*
 * whyrelu's check of the native FMA peak: the yardstick's loop (12 independent chains,
 * acc = acc*m + c, built with the same flags), with an empty asm statement per iteration that
 * names every accumulator, so that the compiler keeps all 12 FMAs in the loop. Without it, gcc 12
 * with -O3 -march=native -ffast-math on an AMD Zen 4 dropped one chain from the yardstick's
 * 512-bit loop (11 vfmadd132ps per iteration, 12 counted): a peak 12/11 too high.
 * Prints: native peakcheck lanes=L gflops=G (median of 7 repetitions).
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#ifdef __AVX512F__
#define VW 16
#else
#define VW 8
#endif
typedef float vf __attribute__((vector_size(VW * sizeof(float))));

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec * 1e-9; }
static int cmpd(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return x < y ? -1 : x > y; }
static volatile float sink;

int main(void) {
    double t[7];
    for (int rep = 0; rep < 7; rep++) {
        vf m, c, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11;
        for (int j = 0; j < VW; j++) {
            m[j] = 0.9999f; c[j] = 1e-4f;
            a0[j] = 0; a1[j] = 1; a2[j] = 2; a3[j] = 3; a4[j] = 4; a5[j] = 5;
            a6[j] = 6; a7[j] = 7; a8[j] = 8; a9[j] = 9; a10[j] = 10; a11[j] = 11;
        }
        long n = 20000000;
        double s = now();
        for (long r = 0; r < n; r++) {
            a0 = a0 * m + c; a1 = a1 * m + c; a2 = a2 * m + c; a3 = a3 * m + c;
            a4 = a4 * m + c; a5 = a5 * m + c; a6 = a6 * m + c; a7 = a7 * m + c;
            a8 = a8 * m + c; a9 = a9 * m + c; a10 = a10 * m + c; a11 = a11 * m + c;
            __asm__ volatile("" : "+v"(a0), "+v"(a1), "+v"(a2), "+v"(a3), "+v"(a4), "+v"(a5),
                             "+v"(a6), "+v"(a7), "+v"(a8), "+v"(a9), "+v"(a10), "+v"(a11));
        }
        s = now() - s;
        vf z = a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11;
        float sum = 0;
        for (int j = 0; j < VW; j++) sum += z[j];
        sink = sum;
        t[rep] = n * 12.0 * VW * 2 / s / 1e9;
    }
    qsort(t, 7, sizeof t[0], cmpd);
    printf("native peakcheck lanes=%d gflops=%.1f\n", VW, t[3]);
    return 0;
}
