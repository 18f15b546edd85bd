/* Timing for the probes: the core's clock, measured (a chain of dependent integer adds retires one per
   cycle on every x86 core), and the fastest of several timings of a loop over an array. */
#ifndef CYCLES_H
#define CYCLES_H
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static double measured_ghz(void) {
    const long rounds = 50000000;
    double best = 1e9;
    for (int rep = 0; rep < 5; rep++) {
        long x = 0;
        double t = now();
        for (long i = 0; i < rounds; i++) {
            __asm__ volatile("add $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\t"
                             "add $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0" : "+r"(x));
        }
        t = now() - t;
        if (t < best) best = t;
    }
    return rounds * 10.0 / best / 1e9;
}
/* Seconds per call of f(in, out): the fastest of `reps` timings of `calls` calls. */
static double seconds_per_call(void (*f)(const float *, float *), const float *in, float *out, int reps, int calls) {
    double best = 1e9;
    for (int rep = 0; rep < reps; rep++) {
        double t = now();
        for (int j = 0; j < calls; j++) f(in, out);
        t = now() - t;
        if (t < best) best = t;
    }
    return best / calls;
}
#endif
