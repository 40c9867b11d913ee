# Compiler flags shared by every pool library (see docs/architecture.md).
LLVM_MAJOR  ?= 19
CC_UK       := clang-$(LLVM_MAJOR)
AR_UK       := llvm-ar-$(LLVM_MAJOR)
NM_UK       := llvm-nm-$(LLVM_MAJOR)

# Per arch: the LLVM triple and machine flags.
TRIPLE_x86_64  := x86_64-unknown-none-elf
ARCHFLAGS_x86_64 := -march=x86-64 -mtune=generic
# arm64: ARMv8.0 (what QEMU's cortex-a57 and every arm64 host run); frame
# records on every non-leaf function (clang's default for AArch64, made
# explicit: crash reports walk them, arch/arm64/crash_report.c); atomics
# inline (no outline-atomics helpers).
TRIPLE_arm64   := aarch64-unknown-none-elf
ARCHFLAGS_arm64 := -march=armv8-a -mno-outline-atomics -fno-omit-frame-pointer
# Optimization per arch, after UK_CFLAGS_COMMON's -Os (the last -O wins)
# for the pool's own sources and the ports it compiles itself (libfdt,
# lwIP, Mbed TLS; newlib's build has -Oz of its own). arm64: -Oz (minsize: less
# inlining, and the machine outliner at the LTO link), as AArch64's fixed
# 4-byte instructions make -Os code about 40% bigger than x86_64's:
# helloworld on kvm-arm64: 24 KiB -> 18 KiB stripped (docs/arm64.md).
OPTFLAGS_x86_64 :=
OPTFLAGS_arm64 := -Oz
OPTFLAGS_arm :=
# arm: ARMv7-A with the hard-float EABI and VFPv3-D16, Debian's armhf
# baseline (what arm-linux-gnueabihf-gcc assumes); ARM state (code from
# Debian's compiler is Thumb-2: the two interwork).
TRIPLE_arm     := armv7-unknown-none-eabihf
ARCHFLAGS_arm  := -march=armv7-a -mfpu=vfpv3-d16 -mfloat-abi=hard -marm
# Per arch: libpool folders not ported to it (left out of its targets, as
# POOL_EXCLUDE does). arm: newlib has no glibc-ABI glue for ARM's EABI yet
# (nolibc is the C library there; docs/arm.md).
POOL_EXCLUDE_arm := newlib newlibm

# Bitcode for C: LTO happens in uklink's final link.
UK_CFLAGS_COMMON := -flto -Os -std=gnu11 -g0 \
	-fno-stack-protector -fno-pic -fno-pie -fno-common \
	-fno-asynchronous-unwind-tables -fno-unwind-tables \
	-fno-exceptions -fcf-protection=none \
	-Wall -Wextra -Werror=implicit-function-declaration \
	-nostdinc
# Assembly stays native (ELF objects).
UK_ASFLAGS_COMMON := -fno-pic -fno-pie -D__ASSEMBLY__ -nostdinc
