/* fpdecode_x86_64.c: the x86-64 fp decoder (fpdecode.h, fact
 * `fp_decoder x86-64`): whether x86-64 code uses floating point, for the
 * `fp` default of bool options (fpuse.c), without a disassembler
 * (starting llvm-objdump costs more than the whole decision).
 *
 * A linear sweep over every executable section, like objdump's: each
 * instruction's length is decoded (prefixes, REX, opcode, ModRM, SIB,
 * displacement, immediate) for the general-purpose instruction set, and
 * anything else stops the sweep with "yes": x87 (D8-DF, 9B), the SSE/MMX
 * parts of the 0F map, the 0F38/0F3A maps, VEX (C4 C5), EVEX (62), XOP,
 * opcodes invalid in 64-bit mode, a truncated instruction. A double
 * reaches printf in an %xmm register and a long double through the x87,
 * so an object that passes either holds such an instruction. A wrong yes
 * costs the float formatter's bytes, never output. Data placed inside an
 * executable section can desynchronize the sweep (as it does objdump's);
 * compilers put jump tables and constants in read-only data sections.
 */
#include "fpdecode.h"

/* Length of the ModRM operand (ModRM, SIB, displacement) at p, or 0 if
 * it does not fit in n bytes. */
static size_t modrm_len(const unsigned char *p, size_t n)
{
	if (n < 1)
		return 0;
	unsigned mod = p[0] >> 6, rm = p[0] & 7;
	size_t l = 1;
	if (mod != 3 && rm == 4) {
		if (n < 2)
			return 0;
		if (mod == 0 && (p[1] & 7) == 5)
			l += 4; /* SIB without base: disp32 */
		l++;
	}
	if (mod == 0 && rm == 5)
		l += 4; /* RIP-relative */
	else if (mod == 1)
		l += 1;
	else if (mod == 2)
		l += 4;
	return l <= n ? l : 0;
}

/* Immediate size of a one-byte-map opcode without ModRM, or -1 if it
 * has a ModRM (the caller decodes it), -2 if not integer code. */
static int imm1(unsigned b, int rexw, int o16, int a32)
{
	int z = o16 ? 2 : 4;
	if (b < 0x40) {
		switch (b & 7) {
		case 4: return 1;
		case 5: return z;
		case 6: case 7: return -2; /* invalid in 64-bit mode */
		default: return -1;
		}
	}
	if ((b >= 0x50 && b <= 0x5f) || (b >= 0x6c && b <= 0x6f) ||
	    (b >= 0x90 && b <= 0x99) || (b >= 0x9c && b <= 0x9f) ||
	    (b >= 0xa4 && b <= 0xa7) || (b >= 0xaa && b <= 0xaf) ||
	    b == 0xc3 || b == 0xc9 || b == 0xcb || b == 0xcc || b == 0xcf ||
	    b == 0xd7 || (b >= 0xec && b <= 0xef) || b == 0xf1 ||
	    b == 0xf4 || b == 0xf5 || (b >= 0xf8 && b <= 0xfd))
		return 0;
	if ((b >= 0x70 && b <= 0x7f) || b == 0x6a || b == 0xa8 ||
	    (b >= 0xb0 && b <= 0xb7) || b == 0xcd || (b >= 0xe0 && b <= 0xe7) ||
	    b == 0xeb)
		return 1;
	if (b == 0x68 || b == 0xa9)
		return z;
	if (b >= 0xb8 && b <= 0xbf)
		return rexw ? 8 : z;
	if (b >= 0xa0 && b <= 0xa3)
		return a32 ? 4 : 8;
	if (b == 0xc2 || b == 0xca)
		return 2;
	if (b == 0xc8)
		return 3;
	if (b == 0xe8 || b == 0xe9)
		return 4;
	if (b == 0x63 || b == 0x69 || b == 0x6b || b == 0x80 || b == 0x81 ||
	    (b >= 0x83 && b <= 0x8f) || b == 0xc0 || b == 0xc1 ||
	    b == 0xc6 || b == 0xc7 || (b >= 0xd0 && b <= 0xd3) ||
	    b == 0xf6 || b == 0xf7 || b == 0xfe || b == 0xff)
		return -1;
	/* 60-62 (EVEX), 82, 9A, 9B (fwait), C4 C5 (VEX), CE, D4-D6,
	 * D8-DF (x87), EA, and a REX not right before the opcode */
	return -2;
}

/* Immediate size after the ModRM of a one-byte-map opcode. */
static int imm_after_modrm(unsigned b, unsigned reg, int rexw, int o16)
{
	int z = o16 && !rexw ? 2 : 4;
	switch (b) {
	case 0x69: case 0x81: case 0xc7: return z;
	case 0x6b: case 0x80: case 0x83: case 0xc0: case 0xc1: case 0xc6:
		return 1;
	case 0xf6: return reg < 2 ? 1 : 0; /* test r/m8, imm8 */
	case 0xf7: return reg < 2 ? z : 0;
	default: return 0;
	}
}

/* The general-purpose part of the 0F map: 0 no ModRM, 1 ModRM, 2 ModRM
 * and imm8, 4 rel32, -2 anything else (SSE, MMX, 3DNow!, 0F38, 0F3A). */
static int map0f(unsigned c)
{
	if (c <= 0x03 || c == 0x0d || (c >= 0x18 && c <= 0x1f) ||
	    (c >= 0x20 && c <= 0x23) || (c >= 0x40 && c <= 0x4f) ||
	    (c >= 0x90 && c <= 0x9f) || c == 0xa3 || c == 0xa5 || c == 0xab ||
	    c == 0xad || c == 0xae || c == 0xaf || (c >= 0xb0 && c <= 0xb9) ||
	    (c >= 0xbb && c <= 0xbf) || c == 0xc0 || c == 0xc1 || c == 0xc3 ||
	    c == 0xc7 || c == 0xff)
		return 1;
	if ((c >= 0x05 && c <= 0x09) || c == 0x0b || (c >= 0x30 && c <= 0x35) ||
	    c == 0x37 || (c >= 0xa0 && c <= 0xa2) || c == 0xa8 || c == 0xa9 ||
	    c == 0xaa || (c >= 0xc8 && c <= 0xcf))
		return 0;
	if (c == 0xa4 || c == 0xac || c == 0xba)
		return 2;
	if (c >= 0x80 && c <= 0x8f)
		return 4;
	return -2;
}

/* The length of the integer instruction at p, or 0 if it is not one
 * (floating point, vector, unknown, or cut off). */
static size_t insn_len(const unsigned char *p, size_t n)
{
	size_t i = 0;
	int o16 = 0, a32 = 0, rexw = 0;
	for (;; i++) {
		if (i >= n || i >= 14)
			return 0;
		unsigned b = p[i];
		if (b == 0x66)
			o16 = 1;
		else if (b == 0x67)
			a32 = 1;
		else if (!(b == 0xf0 || b == 0xf2 || b == 0xf3 || b == 0x26 ||
			   b == 0x2e || b == 0x36 || b == 0x3e || b == 0x64 ||
			   b == 0x65))
			break;
	}
	if ((p[i] & 0xf0) == 0x40) {
		rexw = p[i] & 8;
		if (++i >= n)
			return 0;
	}
	unsigned b = p[i++];
	int imm;
	size_t ml = 0;
	if (b == 0x0f) {
		if (i >= n)
			return 0;
		unsigned c = p[i++];
		int k = map0f(c);
		if (k < 0)
			return 0;
		if (k == 1 || k == 2) {
			/* 0F AE /0-/3 with memory: fxsave, fxrstor, ldmxcsr,
			 * stmxcsr (the FP/SSE state) */
			if (c == 0xae && i < n && p[i] >> 6 != 3 &&
			    ((p[i] >> 3) & 7) < 4)
				return 0;
			if (!(ml = modrm_len(p + i, n - i)))
				return 0;
		}
		imm = k == 2 ? 1 : k == 4 ? 4 : 0;
	} else {
		imm = imm1(b, rexw, o16 && !rexw, a32);
		if (imm == -2)
			return 0;
		if (imm == -1) {
			if (i >= n)
				return 0;
			unsigned reg = (p[i] >> 3) & 7;
			if (b == 0x8f && reg != 0)
				return 0; /* XOP */
			if (!(ml = modrm_len(p + i, n - i)))
				return 0;
			imm = imm_after_modrm(b, reg, rexw, o16);
		}
	}
	i += ml + (size_t)imm;
	return i <= n && i <= 15 ? i : 0;
}

/* Whether code[0..n) holds anything but integer instructions. */
int x86_64_code_uses_fp(const unsigned char *code, size_t n)
{
	for (size_t at = 0; at < n;) {
		size_t l = insn_len(code + at, n - at);
		if (!l)
			return 1;
		at += l;
	}
	return 0;
}
