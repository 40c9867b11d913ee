/*
 * Run-time helpers of the ARM EABI ("Run-time ABI for the ARM
 * Architecture") that compilers call by name, in ARM state:
 *   __aeabi_memcpy/memmove/memset/memclr (and their 4- and 8-byte-aligned
 *     variants, which may assume alignment and need not: the C library's
 *     memcpy, memmove, memset do the work; note memset's argument order);
 *   __aeabi_read_tp: the thread pointer, for code that does not read
 *     TPIDRURO itself; clobbers only r0;
 *   __aeabi_unwind_cpp_pr0/1/2: the unwinder's personality routines,
 *     which every object with .ARM.exidx unwind tables references (GCC
 *     emits them for C too). Nothing here unwinds (no C++ exceptions):
 *     called anyway, they return _URC_FAILURE (9), and the unwinder
 *     gives up instead of running random code.
 * Division helpers (__aeabi_uidiv, __aeabi_ldivmod, ...) come with the
 * compiler runtime (libpool/compilerrt).
 */
	.syntax unified
	.arm
	.text

	.globl __aeabi_memcpy, __aeabi_memcpy4, __aeabi_memcpy8
	.type __aeabi_memcpy, %function
	.type __aeabi_memcpy4, %function
	.type __aeabi_memcpy8, %function
__aeabi_memcpy:
__aeabi_memcpy4:
__aeabi_memcpy8:
	b	memcpy
	.size __aeabi_memcpy, . - __aeabi_memcpy

	.globl __aeabi_memmove, __aeabi_memmove4, __aeabi_memmove8
	.type __aeabi_memmove, %function
	.type __aeabi_memmove4, %function
	.type __aeabi_memmove8, %function
__aeabi_memmove:
__aeabi_memmove4:
__aeabi_memmove8:
	b	memmove
	.size __aeabi_memmove, . - __aeabi_memmove

/* __aeabi_memset(dest, n, c): memset(dest, c, n). */
	.globl __aeabi_memset, __aeabi_memset4, __aeabi_memset8
	.type __aeabi_memset, %function
	.type __aeabi_memset4, %function
	.type __aeabi_memset8, %function
__aeabi_memset:
__aeabi_memset4:
__aeabi_memset8:
	mov	r3, r1
	mov	r1, r2
	mov	r2, r3
	b	memset
	.size __aeabi_memset, . - __aeabi_memset

/* __aeabi_memclr(dest, n): memset(dest, 0, n). */
	.globl __aeabi_memclr, __aeabi_memclr4, __aeabi_memclr8
	.type __aeabi_memclr, %function
	.type __aeabi_memclr4, %function
	.type __aeabi_memclr8, %function
__aeabi_memclr:
__aeabi_memclr4:
__aeabi_memclr8:
	mov	r2, r1
	mov	r1, #0
	b	memset
	.size __aeabi_memclr, . - __aeabi_memclr

	.globl __aeabi_read_tp
	.type __aeabi_read_tp, %function
__aeabi_read_tp:
	mrc	p15, 0, r0, c13, c0, 3
	bx	lr
	.size __aeabi_read_tp, . - __aeabi_read_tp

	.globl __aeabi_unwind_cpp_pr0, __aeabi_unwind_cpp_pr1, __aeabi_unwind_cpp_pr2
	.type __aeabi_unwind_cpp_pr0, %function
	.type __aeabi_unwind_cpp_pr1, %function
	.type __aeabi_unwind_cpp_pr2, %function
__aeabi_unwind_cpp_pr0:
__aeabi_unwind_cpp_pr1:
__aeabi_unwind_cpp_pr2:
	mov	r0, #9		/* _URC_FAILURE */
	bx	lr
	.size __aeabi_unwind_cpp_pr0, . - __aeabi_unwind_cpp_pr0

/* Integer division by zero (the compiler runtime's __aeabi_uidiv & co.
 * call these when the divisor is 0): undefined behaviour in C, so a
 * crash, reported where it happened: an undefined instruction here, the
 * caller in LR (linuxu: SIGILL, the crash report names this function).
 * Instead of libgcc's, which would raise SIGFPE through the C library. */
	.globl __aeabi_idiv0, __aeabi_ldiv0
	.type __aeabi_idiv0, %function
	.type __aeabi_ldiv0, %function
__aeabi_idiv0:
__aeabi_ldiv0:
	udf	#0
	.size __aeabi_idiv0, . - __aeabi_idiv0
