/*
 * GCC compiles atomics on arm64 as calls to libgcc's outline helpers
 * (__aarch64_ldadd4_acq ...; -moutline-atomics is GCC's default), which
 * use the ARMv8.1 LSE instructions when this flag is set and exclusive
 * load/store loops otherwise. libgcc sets it from the Linux auxiliary
 * vector, which kvm and xen images do not have; the pool's compilerrt
 * (libgcc's helpers on arm64) takes it from here instead. It stays 0:
 * the exclusive loops work on every ARMv8.0 CPU, at EL0 and EL1 alike.
 */
_Bool __aarch64_have_lse_atomics;
