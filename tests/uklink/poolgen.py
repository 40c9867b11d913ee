"""Build synthetic uklink pools and app objects for the tests.

A pool is described by a small dict: library -> spec, where spec has
  members: {member: C source}   archive members (bitcode, clang-19 -flto)
  forced:  {member: C source}   section-only members, beside the archive
  rank, group, ldfrag (text), ldsyms (list), options [(NAME, TYPE, DEF, HELP)]
Symbols named _<lib>_... are private, the other globals exported; the
index.tsv records are computed from llvm-nm-19 like the real pool build.
The target's facts (docs/architecture.md, "Target facts") are a list of
(KEY, VALUE) records: FACTS[plat] by default, like the real pool's.
"""
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor

LLVM = 19
TRIPLE = "x86_64-unknown-none-elf"
DATALAYOUT = ("e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-"
              "f80:128-n8:16:32:64-S128")
CFLAGS = ["-flto", "-O2", "-ffreestanding", "-nostdinc", "-fno-pic",
          "-fno-stack-protector", "-target", TRIPLE]

TEMPLATE = """\
/* Synthetic x86_64-kvm template for the uklink tests.
 * uklink-ldflags: --orphan-handling=place
 */
ENTRY(_start)
PHDRS { text PT_LOAD FILEHDR PHDRS; data PT_LOAD; symtab PT_LOAD; }
SECTIONS {
  . = 0x100000 + SIZEOF_HEADERS;
  .text : { *(.text .text.*) } :text
  .rodata : { *(.rodata .rodata.*) } :text
  /* @UK_FRAGMENTS@ */
  .data : ALIGN(4096) { *(.data .data.*) } :data
  .bss : { *(.bss .bss.*) *(COMMON) } :data
  .uk_symtab : ALIGN(4096) { __uk_symtab_start = .; LONG(0) LONG(0) LONG(0) LONG(0) } :symtab
  /DISCARD/ : { *(.comment) *(.note.*) *(.uk_optdecl) }
}
"""

# What the real pool's manifests say (arch/x86_64, plat/*/lib.uk).
ARCH_FACTS = [
    ("ld_emulation", "elf_x86_64"), ("elf_machine", "62"),
    ("fp_decoder", "x86-64"),
    ("ld_flags", "--no-pie --build-id=none -z noexecstack -z norelro"),
    ("ld_flags", "-z max-page-size=4096 -z noseparate-code"),
]
FACTS = {
    "kvm": ARCH_FACTS + [
        ("image_symtab", ".uk_symtab"), ("run", "relay"),
        ("run_env", "UKLINK_QEMU"),
        ("run_cmd", "qemu-system-x86_64 -M microvm,rtc=on -accel {accel} "
                    "-cpu max -m {memory} -nodefaults -no-user-config "
                    "-nographic -serial stdio -monitor none -display none "
                    "-no-reboot -device isa-debug-exit,iobase=0xf4,"
                    "iosize=0x04 -kernel {image}"),
        ("run_args", "-append {cmdline}"), ("run_initrd", "-initrd {initrd}"),
        ("run_status", "debug-exit")],
    "xen": ARCH_FACTS + [
        ("image_symtab", ".uk_symtab"), ("run", "relay"),
        ("run_env", "UKLINK_XL"), ("run_cmd", "xl create -c {cfg}"),
        ("run_cfg", 'name = "{name}"'), ("run_cfg", 'type = "pv"'),
        ("run_cfg", 'kernel = "{image}"'), ("run_cfg", 'extra = "{cmdline}"'),
        ("run_cfg", "memory = {memory}"),
        ("run_cfg", 'ramdisk = "{initrd}"'),
        ("run_split", "apc"),
        ("run_status", "console [xen] exit status"),
        ("run_kill", "xl destroy {name}")],
    "linuxu": ARCH_FACTS + [
        ("image_symtab", ".uk_symtab"), ("run", "exec"),
        ("run_cmd", "{image}"), ("run_initrd", "--uk-initrd={initrd}"),
        ("run_args", "{args}")],
}

# a platform library: _start is a forced member, as in the real pool
KVM = {
    "forced": {"entry": """
        extern int main(int, char **);
        void ukplat_terminate(int);
        void _start(void) { ukplat_terminate(main(0, 0)); }
    """},
    "members": {"term": """
        void ukplat_terminate(int s) {
            __asm__ volatile("outl %0, $0xf4" :: "a"(s));
            for (;;) __asm__ volatile("hlt");
        }
    """},
    "ldsyms": ["__uk_symtab_start"],
}


def cc(src, out, extra=()):
    """Compile C source text to an LTO bitcode object."""
    c = out + ".c"
    with open(c, "w") as f:
        f.write(src)
    subprocess.run(["clang-19", *CFLAGS, *extra, "-c", c, "-o", out],
                   check=True)
    return out


def cc_native(src, out, extra=()):
    """Compile C source text to a native ELF object."""
    c = out + ".c"
    with open(c, "w") as f:
        f.write(src)
    subprocess.run(["clang-19", "-O2", "-ffreestanding", "-nostdinc",
                    "-fno-pic", "-fno-stack-protector", "-target", TRIPLE,
                    *extra, "-c", c, "-o", out], check=True)
    return out


def c_string(s):
    return '"' + "".join(c if c.isalnum() or c in " _-." else "\\%03o" % ord(c)
                         for c in s) + '"'


def options_source(options):
    """Weak defaults, as the pool build generates them (__options.o)."""
    out = []
    for name, typ, default, _help in options:
        if typ == "str":
            out.append(f"const char uk_opt_{name}[] __attribute__((weak)) "
                       f"= {c_string(default)};")
        else:
            v = {"y": "1", "n": "0", "fp": "1"}.get(default, default)
            out.append(f"const long uk_opt_{name} __attribute__((weak)) "
                       f"= {v};")
    return "\n".join(out) + "\n"


def ar(out, objs):
    if os.path.exists(out):
        os.unlink(out)
    subprocess.run(["llvm-ar-19", "rc", out, *objs], check=True)
    return out


def nm(obj):
    """(defs, undefs): defs = [(sym, weak, func)], undefs = [(sym, weak)]"""
    out = subprocess.run(["llvm-nm-19", "-P", obj], check=True,
                         capture_output=True, text=True).stdout
    defs, undefs = [], []
    for line in out.splitlines():
        name, t = line.split()[:2]
        if t in "Uwv":
            undefs.append((name, t != "U"))
        elif t.isupper():
            defs.append((name, t in "WV", t in "TW"))
    return defs, undefs


def build_pool(root, libs, mandatory=("kvm",), arch="x86_64", plat="kvm",
               llvm=LLVM, template=TEMPLATE, with_kvm=True, facts=None):
    """Write POOLROOT/v0.1-llvmNN/ARCH-PLAT; returns the target dir."""
    libs = dict(libs)
    facts = FACTS.get(plat, ARCH_FACTS) if facts is None else facts
    if with_kvm and "kvm" not in libs:
        libs["kvm"] = KVM
    tdir = os.path.join(root, f"v0.1-llvm{llvm}", f"{arch}-{plat}")
    os.makedirs(os.path.join(tdir, "lib"), exist_ok=True)
    os.makedirs(os.path.join(tdir, "ld"), exist_ok=True)
    os.makedirs(os.path.join(tdir, "include", "uk"), exist_ok=True)
    with open(os.path.join(tdir, "ld", f"{arch}-{plat}.ld"), "w") as f:
        f.write(template)
    rec = [
        ["uklink-pool", "1", "0.1"],
        ["llvm", str(llvm)],
        ["target", arch, plat, TRIPLE, DATALAYOUT],
        ["mandatory", " ".join(mandatory) or "-"],
        ["template", f"ld/{arch}-{plat}.ld"],
    ] + [["fact", k, v] for k, v in facts]
    jobs = []
    for name in sorted(libs):
        spec = libs[name]
        odir = os.path.join(tdir, "lib", name)
        os.makedirs(odir, exist_ok=True)
        members = [(m, s, False) for m, s in spec.get("members", {}).items()]
        members += [(m, s, True) for m, s in spec.get("forced", {}).items()]
        if spec.get("options"):
            members.append(("__options", options_source(spec["options"]),
                            False))
        for m, src, forced in members:
            jobs.append((name, m, src, forced, os.path.join(odir, m + ".o")))

    def compile_one(job):
        cc(job[2], job[4])
        return nm(job[4])

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        symbols = list(ex.map(compile_one, jobs))
    for name in sorted(libs):
        spec = libs[name]
        objs, lines = [], []
        for (lib, m, src, forced, o), (defs, undefs) in zip(jobs, symbols):
            if lib != name:
                continue
            where = f"lib/{name}/{m}.o" if forced else "archive"
            if not forced:
                objs.append(o)
            lines.append(["member", name, m + ".o", where])
            for s, weak, func in defs:
                vis = "private" if s.startswith(f"_{name}_") else "export"
                lines.append(["def", name, m + ".o", s, vis,
                              "weak" if weak else "strong",
                              "func" if func else "data"])
            for s, weak in undefs:
                lines.append(["undef", name, m + ".o", s,
                              "weak" if weak else "strong"])
        a = os.path.join(tdir, "lib", f"lib{name}.a")
        ar(a, objs)
        rec.append(["lib", name, "1.0.0", f"lib/lib{name}.a", "0" * 64,
                    str(spec.get("rank", 50)), spec.get("group") or "-",
                    "-"])
        rec += lines
        if "ldfrag" in spec:
            with open(os.path.join(tdir, "ld", f"{name}.ld"), "w") as f:
                f.write(spec["ldfrag"])
            rec.append(["ldfrag", name, f"ld/{name}.ld"])
        for s in spec.get("ldsyms", []):
            rec.append(["ldsym", name, s])
        for o in spec.get("options", []):
            rec.append(["option", name, *o])
    with open(os.path.join(tdir, "index.tsv"), "w") as f:
        for r in rec:
            f.write("\t".join(r) + "\n")
    return tdir
