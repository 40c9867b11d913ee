"""The `fp` default of bool options without starting a tool (docs/uklink.md,
"Link-time options"; uklink/fpuse.c, bcread.c, fpdecode_x86_64.c): whether the
application's objects use floating point, read from LLVM bitcode type
tables and by decoding x86-64 instruction lengths; and the pool's prebuilt
option modules (lib/<lib>/opt/NAME.{y,n}.bc) linked instead of running
llvm-as."""
import shutil
import subprocess

import pytest

from uktest import POOLROOT, compile_c, link, uklink

SOURCES = {
    # a double computed at run time, passed to printf
    "double_arg": (r"""
#include <stdio.h>
int main(int argc, char **argv)
{
	(void)argv;
	printf("%f\n", argc * 1.5);
	return 0;
}
""", 1),
    # a constant double: still loaded into %xmm0 / a double in the IR
    "double_const": (r"""
#include <stdio.h>
int main(void)
{
	printf("%f\n", 2.5);
	return 0;
}
""", 1),
    "float_only": (r"""
float twice(float x) { return x * 2.0f; }
int main(int argc, char **argv) { (void)argv; return (int)twice(argc); }
""", 1),
    "long_double": (r"""
#include <stdio.h>
int main(int argc, char **argv)
{
	(void)argv;
	printf("%Lf\n", (long double)argc);
	return 0;
}
""", 1),
    "integers": (r"""
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv)
{
	long x = argc * 7;
	for (int i = 0; i < argc; i++)
		x += strlen(argv[i]) / 3 + (x << 2) % 11;
	printf("%ld %s\n", x, argv[0]);
	switch (argc) {
	case 1: puts("a"); break;
	case 2: puts("b"); break;
	case 3: puts("c"); break;
	case 4: puts("d"); break;
	case 5: puts("e"); break;
	}
	return 0;
}
""", 0),
}

# A double only in a global's initializer: in a bitcode type table (yes);
# native code that never loads it has no FP instruction (documented: no).
GLOBAL_DOUBLE = r"""
double d = 1.5;
void use(void *p);
int main(void) { use(&d); return 0; }
void use(void *p) { (void)p; }
"""

COMPILERS = {
    "gcc-O0": ("gcc", ["-O0"]),
    "gcc-O2": ("gcc", ["-O2"]),
    "gcc-O2-freestanding": ("gcc", ["-O2", "-ffreestanding"]),
    "clang-O0": ("clang-19", ["-O0"]),
    "clang-O2": ("clang-19", ["-O2"]),
    "clang-O2-freestanding": ("clang-19", ["-O2", "-ffreestanding"]),
    "lto-O0": ("clang-19", ["-O0", "-flto"]),
    "lto-O2": ("clang-19", ["-O2", "-flto"]),
}


def fp_value(*objs, plat="kvm"):
    r = uklink("--plat", plat, *objs, "--options")
    assert r.rc == 0, r
    row = [l.split("\t") for l in r.out.splitlines()
           if l.startswith("NOLIBC_PRINTF_FLOAT\t")]
    assert row and row[0][3] == "fp", r
    return int(row[0][2])


def obj(tmp_path, src, comp, name="main"):
    cc, flags = COMPILERS[comp]
    c = tmp_path / f"{name}.c"
    c.write_text(src)
    return compile_c(c, tmp_path / f"{name}.o", cc=cc, flags=flags)


@pytest.mark.parametrize("comp", sorted(COMPILERS))
@pytest.mark.parametrize("src", sorted(SOURCES))
def test_objects(tmp_path, src, comp):
    text, want = SOURCES[src]
    assert fp_value(obj(tmp_path, text, comp)) == want


@pytest.mark.parametrize("comp", sorted(COMPILERS))
def test_double_in_initializer_only(tmp_path, comp):
    want = 1 if comp.startswith("lto") else 0
    assert fp_value(obj(tmp_path, GLOBAL_DOUBLE, comp)) == want


@pytest.mark.parametrize("src,want", [("integers", 0), ("double_arg", 1)])
def test_bitcode_archive_member(tmp_path, src, want):
    """Bitcode inside an app archive is read too (it used to count as yes)."""
    o = obj(tmp_path, SOURCES[src][0], "lto-O2")
    a = tmp_path / "libapp.a"
    subprocess.run(["llvm-ar-19", "rc", str(a), str(o)], check=True)
    assert fp_value(a) == want


def test_any_object_decides(tmp_path):
    no = obj(tmp_path, SOURCES["integers"][0], "gcc-O2", "a")
    yes = obj(tmp_path, "double half(double x) { return x / 2; }\n",
              "gcc-O2", "b")
    assert fp_value(no) == 0
    assert fp_value(no, yes) == 1


# General-purpose instructions of every length form the decoder knows:
# prefixes, REX.W immediates, SIB, no-base SIB, RIP-relative, moffs, 0F
# map forms with and without immediates, group opcodes with immediates.
INTEGER_ASM = r"""
	.text
	.globl main
main:
	endbr64
	push %rbp
	mov %rsp, %rbp
	movabs $0x1122334455667788, %rax
	movabs 0x1122334455667788, %eax
	mov 0x10(%rsp,%rcx,8), %eax
	movb %al, 0x12345678(,%rax,4)
	lea data(%rip), %rdi
	addw $0x1234, %ax
	testb $1, (%rdi)
	test $0x12345678, %esi
	testw $0x1234, 8(%rdi)
	imul $1000, %eax, %ecx
	imul $3, %eax, %ecx
	shld $3, %eax, %ebx
	shrd %cl, %eax, %ebx
	bt $5, %eax
	cmovne %eax, %ebx
	sete %al
	movzbl (%rdi), %eax
	movsbq -1(%rdi,%rsi), %rax
	movslq %eax, %rdx
	lock cmpxchg %ecx, (%rdi)
	xadd %eax, (%rdi)
	xchg %eax, %ebx
	bswap %eax
	popcnt %eax, %ecx
	tzcnt %eax, %ecx
	lzcnt %eax, %ecx
	mfence
	lfence
	rdtsc
	cpuid
	rep stosb
	repne scasb
	enter $16, $0
	leave
	movq %fs:0x28, %rax
	nopw 0x0(%rax,%rax,1)
	nopl 0x0(%rax)
	xchg %ax, %ax
	sar $3, %rax
	shl %cl, %rdx
	notq (%rdi)
	negl 4(%rdi)
	incl %eax
	decq 8(%rsp)
	cqto
	idivq %rcx
	mov $7, %r12w
	mov $0x12345678, %r13d
	pushq $0x12345678
	pushq $1
	jrcxz 1f
1:	loop 1b
	jne 1b
	je main
	call main
	jmp *(%rax)
	call *%rdx
	int3
	hlt
	syscall
	pause
	pop %rbp
	ret $8
	ret
	.data
data:	.quad 0
"""

FP_INSNS = ["fldt (%rdi)", "fld1", "fwait", "movq %rax, %xmm0",
            "cvtsi2sd %eax, %xmm0", "movsd (%rdi), %xmm1",
            "vaddsd %xmm1, %xmm2, %xmm3", "vaddpd %zmm1, %zmm2, %zmm3",
            "emms", "pxor %mm0, %mm0", "ldmxcsr (%rdi)",
            "fxsave (%rdi)", "pshufb %xmm1, %xmm0",
            "roundsd $1, %xmm1, %xmm0", "vzeroupper"]


def asm_obj(tmp_path, text):
    s = tmp_path / "main.s"
    s.write_text(text)
    o = tmp_path / "main.o"
    subprocess.run(["gcc", "-c", str(s), "-o", str(o)], check=True)
    return o


def test_integer_instructions(tmp_path):
    assert fp_value(asm_obj(tmp_path, INTEGER_ASM)) == 0


@pytest.mark.parametrize("insn", FP_INSNS)
def test_fp_instruction_after_integer_code(tmp_path, insn):
    """The instruction comes last: the sweep must have decoded every
    integer instruction before it to the byte."""
    text = INTEGER_ASM.replace("\tret\n\t.data", f"\tret\n\t{insn}\n\t.data")
    assert fp_value(asm_obj(tmp_path, text)) == 1


def dry_run(*args, plat="kvm"):
    r = uklink("--plat", plat, *args, "--dry-run")
    assert r.rc == 0, r
    return r.out.split()


def test_prebuilt_modules_linked(tmp_path):
    no = obj(tmp_path, SOURCES["integers"][0], "gcc-O2", "a")
    yes = obj(tmp_path, SOURCES["double_arg"][0], "gcc-O2", "b")
    w = dry_run(no, "-o", tmp_path / "img")
    mods = [x for x in w if x.endswith(".bc")]
    assert len(mods) == 1 and mods[0].endswith(
        "/x86_64-kvm/lib/nolibc/opt/NOLIBC_PRINTF_FLOAT.n.bc"), w
    w = dry_run(yes, "-o", tmp_path / "img")
    assert [x for x in w if x.endswith(".bc")][0].endswith(
        "/lib/nolibc/opt/NOLIBC_PRINTF_FLOAT.y.bc"), w
    # several bools: one module each, in name order
    w = dry_run(no, "-o", tmp_path / "img", "-D", "UKDEBUG_ASSERT=n",
                "-D", "NOLIBC_PRINTF_FLOAT=y")
    mods = [x.rsplit("/", 3)[1:] for x in w if x.endswith(".bc")]
    assert mods == [["nolibc", "opt", "NOLIBC_PRINTF_FLOAT.y.bc"],
                    ["ukdebug", "opt", "UKDEBUG_ASSERT.n.bc"]], w
    # a non-bool value: one assembled module holds them all
    w = dry_run(no, "-o", tmp_path / "img", "-D", "UKDEBUG_LOGLVL=4")
    mods = [x for x in w if x.endswith(".bc")]
    assert len(mods) == 1 and mods[0].endswith("/options.bc"), w


def test_prebuilt_and_assembled_images_identical(tmp_path):
    """A pool without opt/ makes uklink assemble the same module: the
    images must not differ by a byte (both for n and y)."""
    plat = "linuxu"
    ver = sorted(POOLROOT.glob("v*-llvm19"))[-1].name
    src = POOLROOT / ver / f"x86_64-{plat}"
    bare = tmp_path / "pool" / ver / f"x86_64-{plat}"
    shutil.copytree(src, bare, symlinks=True)
    for d in bare.glob("lib/*/opt"):
        shutil.rmtree(d)
    for src_name in ("integers", "double_arg"):
        o = obj(tmp_path, SOURCES[src_name][0], "gcc-O2", src_name)
        a = link([o], tmp_path / f"{src_name}.pre", plat=plat)
        b = link([o], tmp_path / f"{src_name}.asm", "--pool",
                 tmp_path / "pool", plat=plat)
        assert a.read_bytes() == b.read_bytes(), src_name
