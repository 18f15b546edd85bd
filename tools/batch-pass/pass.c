/*
 * The inner loop of SimdKernel.panelEightInputs as C2 (JDK 25) compiled it for AVX-512, copied
 * instruction for instruction from -XX:CompileCommand=print, and the same loop with one change:
 * the first input row's address kept in a general register instead of a vector register.
 *
 * Per iteration: two weight vectors, eight broadcasts of one input each, sixteen 512-bit FMAs,
 * so a core that issues one 512-bit FMA per cycle (Zen 4) takes 16 cycles. The weights (32 KB)
 * and the eight input rows (1 KB apart, as at n = 256) are the kernel's at 256×256.
 *
 *   gcc -O2 -mavx512f pass.c -o pass && ./pass
 */
#include <stdio.h>
#include "../ooo-window/cycles.h"

#define ITERS 256
static float w[64 + ITERS * 32] __attribute__((aligned(64)));
static float x[64 + 8 * 1024] __attribute__((aligned(64)));

#define S(t) t "\n\t"
#define F(a, b, c) S("vfmadd231ps " a ", " b ", " c)
#define BROADCAST(r) S("vbroadcastss " r ", DWORD PTR [rdx+r8*4+0x10]")

/* The loop body; FIRST_ROW puts row 0's index into r8 (C2: vmovq from xmm21, then add i). */
#define PASS(FIRST_ROW)                                                                                      \
    S("movsxd r9, r10d") S("mov r11d, r10d") S("shl r11d, 5") S("add r11d, DWORD PTR [r15+4]")             \
    S("vmovups zmm25, ZMMWORD PTR [rsi+r11*4+0x50]") S("vmovups zmm26, ZMMWORD PTR [rsi+r11*4+0x10]")      \
    FIRST_ROW BROADCAST("zmm0") F("zmm22", "zmm25", "zmm0") F("zmm23", "zmm26", "zmm0")                     \
    S("lea r8, [r14+r9]") BROADCAST("zmm0") F("zmm19", "zmm25", "zmm0") F("zmm20", "zmm26", "zmm0")         \
    S("lea r8, [r9+r13]") BROADCAST("zmm0") F("zmm13", "zmm25", "zmm0") F("zmm16", "zmm26", "zmm0")         \
    S("lea r8, [r9+rbp]") BROADCAST("zmm0") F("zmm11", "zmm25", "zmm0") F("zmm12", "zmm26", "zmm0")         \
    S("lea r8, [rax+r9]") BROADCAST("zmm0") F("zmm9", "zmm25", "zmm0") F("zmm10", "zmm26", "zmm0")          \
    S("lea r8, [rcx+r9]") BROADCAST("zmm0") S("lea r8, [rbx+r9]") BROADCAST("zmm24")                        \
    S("lea r8, [rdi+r9]") BROADCAST("zmm27")                                                                \
    F("zmm8", "zmm26", "zmm0") F("zmm7", "zmm25", "zmm0") F("zmm4", "zmm26", "zmm27")                       \
    F("zmm6", "zmm26", "zmm24") F("zmm5", "zmm25", "zmm24") F("zmm3", "zmm25", "zmm27")                     \
    S("inc r10d") S("cmp r10d, DWORD PTR [r15+0x10]")

/* r15 points at {0, weight offset, 0, 0, iterations}; rows 1..7 start n, 2n, ... floats in. */
#define LOOP(NAME, FIRST_ROW)                                                                                \
    static void NAME(const float *in, float *out) {                                                         \
        int frame[8] = {0, 12, 0, 0, ITERS, 0, 0, 0};                                                        \
        void *fp = frame;                                                                                    \
        const float *wp = w, *xp = x;                                                                        \
        __asm__ volatile(".intel_syntax noprefix\n\t"                                                        \
                         S("push rbp") S("push rbx") S("push r12") S("push r13") S("push r14") S("push r15") \
                         S("mov r15, rdi") S("xor r10d, r10d") S("xor r12, r12") S("vmovq xmm21, r12")        \
                         S("mov r14, 256") S("mov r13, 512") S("mov rbp, 768") S("mov rax, 1024")             \
                         S("mov rcx, 1280") S("mov rbx, 1536") S("mov rdi, 1792")                             \
                         "L%=:\n\t" PASS(FIRST_ROW) S("jl L%=")                                              \
                         S("pop r15") S("pop r14") S("pop r13") S("pop r12") S("pop rbx") S("pop rbp")        \
                         ".att_syntax prefix\n\t"                                                            \
                         : "+D"(fp), "+S"(wp), "+d"(xp)                                                      \
                         :                                                                                   \
                         : "rax", "rcx", "r8", "r9", "r10", "r11", "xmm0", "xmm3", "xmm4", "xmm5", "xmm6",   \
                           "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm16", "xmm19",     \
                           "xmm20", "xmm21", "xmm22", "xmm23", "xmm24", "xmm25", "xmm26", "xmm27", "memory"); \
    }

LOOP(as_compiled, S("vmovq r8, xmm21") S("add r8, r9"))
LOOP(row_in_general_register, S("mov r8, r9"))

int main(void) {
    double ghz = measured_ghz();
    printf("clock %.2f GHz (measured); cycles per iteration (16 FMAs):\n", ghz);
    for (int rep = 0; rep < 3; rep++) {
        printf("  as C2 compiled it (vmovq r8, xmm21): %5.2f    row 0 in a general register: %5.2f\n",
               seconds_per_call(as_compiled, 0, 0, 30, 20000) * ghz * 1e9 / ITERS,
               seconds_per_call(row_in_general_register, 0, 0, 30, 20000) * ghz * 1e9 / ITERS);
    }
    return 0;
}
