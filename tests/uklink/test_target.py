"""No platform or architecture facts in uklink's code: a made-up target
(architecture toy64, platform toyvm) whose index carries every target fact
(docs/architecture.md, "Target facts") links and runs with no change to
uklink, and the C sources name no platform or architecture."""
import os
import re

import pytest

import poolgen
from conftest import ROOT, app, golden

TOY_TEMPLATE = poolgen.TEMPLATE.replace("x86_64-kvm", "toy64-toyvm").replace(
    ".uk_symtab :", ".toy_symtab :")

TOY_FACTS = [
    ("ld_emulation", "elf_x86_64"),
    ("elf_machine", "62"),
    ("fp_decoder", "none"),
    ("ld_flags", "--no-pie -z max-page-size=8192"),
    ("ld_flags", "--build-id=none -z norelro"),
    ("image_symtab", ".toy_symtab"),
    ("run", "relay"),
    ("run_env", "TOY_EMU"),
    ("run_cmd", "toyemu -machine toyboard,mem={memory}M -kernel {image}"),
    ("run_cmd", "-board {cfg}"),
    ("run_cfg", "board toyboard"),
    ("run_cfg", 'console "{name}"'),
    ("run_cfg", 'disk "{initrd}"'),
    ("run_initrd", "-rd {initrd}"),
    ("run_args", "-cmdline {cmdline}"),
    ("run_status", "exit"),
    ("run_kill", "toyemu -kill {name}"),
    # This host's machine: no emulator in front (test_foreign_run).
    ("run_native", os.uname().machine),
    ("run_foreign", "toyuser -cpu toy"),
]

# Every fact key uklink reads (docs/architecture.md, "Target facts").
FACT_KEYS = {"ld_emulation", "ld_flags", "elf_machine", "fp_decoder",
             "image_symtab", "run", "run_env", "run_cmd", "run_cfg",
             "run_initrd", "run_args", "run_status", "run_kill",
             "run_native", "run_foreign"}

FAKE_EMU = """#!/bin/sh
for a in "$@"; do printf '[%s]' "$a"; done; echo
[ "$1" = -kill ] && { echo "killed $2" >>toy.log; exit 0; }
while [ $# -gt 0 ]; do [ "$1" = -board ] && cat "$2"; shift; done
[ -n "$TOY_HANG" ] && sleep 30
exit 7
"""


@pytest.fixture(scope="module")
def toypool(tmp_path_factory):
    root = str(tmp_path_factory.mktemp("toy") / "pool")
    poolgen.build_pool(root, {"toyvm": poolgen.KVM, "toyfmt": {
        "members": {"c": "int c(void){return 1;}"},
        "options": [("TOYFMT_FLOAT", "bool", "fp", "floats")]}},
        arch="toy64", plat="toyvm",
        mandatory=("toyvm",), template=TOY_TEMPLATE, with_kvm=False,
        facts=TOY_FACTS)
    return root


@pytest.fixture
def toy(tmp_path, toypool):
    os.symlink(toypool, tmp_path / "pool")
    return tmp_path


TOY = ("--pool", "pool", "--arch", "toy64", "--plat", "toyvm")


def test_toy_link_command(run, toy):
    app(toy, "main.o", "int c(void); int main(void){return c();}")
    p = run(*TOY, "-###", "main.o", "-o", "img", check=0)
    cmd = re.sub(r"\S*/(uklink-)", r"TMP/\1", p.stdout)
    cmd = re.sub(r"uklink-[A-Za-z0-9]{6}", "uklink-XXXXXX", cmd)
    golden("toy_ld.txt", cmd)


def test_toy_link_and_symtab(run, toy):
    app(toy, "main.o", "int c(void); int main(void){return c();}")
    run(*TOY, "main.o", "-o", "img", check=0)
    data = (toy / "img").read_bytes()
    assert b"UKST" in data, "the .toy_symtab section got the symbol table"
    assert b"_start\0" in data


def test_every_fact_is_used():
    assert {k for k, _ in TOY_FACTS} == FACT_KEYS


def test_toy_run(run, toy):
    (toy / "img").write_bytes(b"\x7fELF")
    (toy / "f.cpio").write_bytes(b"070701")
    p = run("run", *TOY, "-###", "-m", "32", "--initrd", "f.cpio", "img",
            "a", "b c", check=0)
    out = re.sub(r"img-[0-9]+", "img-PID", p.stdout)
    out = re.sub(r"\S*/uklink-run-", "TMP/uklink-run-", out)
    golden("toy_run.txt", out.replace(str(toy), "TDIR"))
    emu = toy / "toyemu"
    emu.write_text(FAKE_EMU)
    emu.chmod(0o755)
    p = run("run", *TOY, "img", "x", env={"TOY_EMU": str(emu)}, check=7)
    lines = p.stdout.splitlines()
    assert re.fullmatch(r"\[-machine\]\[toyboard,mem=64M\]\[-kernel\]\[img\]"
                        r"\[-board\]\[/\S+/guest.cfg\]\[-cmdline\]\[x\]",
                        lines[0]), lines
    assert lines[1:] == ["board toyboard", f'console "img-{lines[2][13:-1]}"']
    p = run("run", *TOY, "--timeout", "1", "img",
            env={"TOY_EMU": str(emu), "TOY_HANG": "1"}, check=124)
    assert re.fullmatch(r"killed img-[0-9]+\n", (toy / "toy.log").read_text())


def test_target_without_initrd(run, tmp_path):
    root = str(tmp_path / "pool")
    poolgen.build_pool(root, {"toyvm": poolgen.KVM}, arch="toy64",
                       plat="toyvm", mandatory=("toyvm",),
                       template=TOY_TEMPLATE, with_kvm=False,
                       facts=[("run", "exec"), ("run_cmd", "{image}")])
    (tmp_path / "img").write_bytes(b"\x7fELF")
    (tmp_path / "f.cpio").write_bytes(b"070701")
    p = run("run", *TOY, "--initrd", "f.cpio", "img", check=1)
    assert p.stderr.endswith(": the toy64-toyvm target takes no initrd (no "
                             "run_initrd fact)\n")


def test_foreign_run(run, tmp_path):
    """run_native names another machine than this host's: the words of
    run_foreign (an emulator) go before the command, and a run_env
    override still replaces the target's own runner."""
    root = str(tmp_path / "pool")
    poolgen.build_pool(root, {"toyvm": poolgen.KVM}, arch="toy64",
                       plat="toyvm", mandatory=("toyvm",),
                       template=TOY_TEMPLATE, with_kvm=False,
                       facts=[("run", "exec"), ("run_env", "TOY_EMU"),
                              ("run_cmd", "{image} --x"),
                              ("run_args", "{args}"),
                              ("run_native", "toy64"),
                              ("run_foreign", "toyuser -cpu toy")])
    (tmp_path / "img").write_bytes(b"\x7fELF")
    p = run("run", *TOY, "-###", "img", "a", "b", check=0)
    assert p.stdout == "toyuser -cpu toy img --x a b\n"
    p = run("run", *TOY, "-###", "img", env={"TOY_EMU": "other"}, check=0)
    assert p.stdout == "toyuser -cpu toy other --x\n"


def test_no_fp_decoder_is_conservative(run, toy):
    """fp_decoder none: a native object counts as using floating point
    (where the real pool's x86-64 decoder reads integer code as no)."""
    app(toy, "main.o", "int c(void); int main(void){return c();}",
        native=True)
    p = run(*TOY, "-v", "-###", "main.o", "-o", "img", check=0)
    assert ("uklink: TOYFMT_FLOAT=y: the application uses floating point"
            in p.stderr.splitlines())


# Names of platforms and architectures, as string literals in C code.
NAMES = re.compile(r'"[^"\n]*\b(kvm|xen|linuxu|x86_64|arm64|aarch64|arm|'
                   r'microvm|qemu-system[-a-z0-9_]*)\b[^"\n]*"')
# cmdline.c parses options (a default --arch and help text); machine_name()
# in input_elf.c names an object's e_machine in messages only.
ALLOWED = {"cmdline.c", "input_elf.c"}


def test_no_platform_names_in_uklink():
    bad = []
    src = os.path.join(ROOT, "uklink")
    for f in sorted(os.listdir(src)):
        if not f.endswith(".c") or f in ALLOWED:
            continue
        text = open(os.path.join(src, f)).read()
        text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)  # comments
        for m in NAMES.finditer(text):
            bad.append(f"{f}: {m.group(0)}")
    assert not bad, bad


def test_unknown_run_status(run, tmp_path):
    root = str(tmp_path / "pool")
    poolgen.build_pool(root, {"toyvm": poolgen.KVM}, arch="toy64",
                       plat="toyvm", mandatory=("toyvm",),
                       template=TOY_TEMPLATE, with_kvm=False,
                       facts=[("run", "relay"), ("run_cmd", "toyemu {image}"),
                              ("run_status", "semihosting")])
    (tmp_path / "img").write_bytes(b"\x7fELF")
    p = run("run", *TOY, "img", check=1)
    assert p.stderr.endswith(": the toy64-toyvm target's run_status "
                             "'semihosting' is none of debug-exit, exit, "
                             "console PREFIX\n")
