/*
 * Platform contract: the thread pointer (x86_64: the %fs base). Every
 * platform implements it; only thread libraries (uksched) call it, on a
 * switch between threads whose thread pointers differ.
 */
#ifndef UK_PLAT_TLS_H
#define UK_PLAT_TLS_H

#ifdef __cplusplus
extern "C" {
#endif

/* Makes @tp the thread pointer of the running CPU. @tp points to a thread
 * control block whose first word is @tp itself (uk/arch/ctx.h). kvm: the
 * FS_BASE MSR; linuxu: arch_prctl(ARCH_SET_FS), a system call; xen PV: the
 * set_segment_base hypercall. */
void ukplat_tlsp_set(unsigned long tp);

#ifdef __cplusplus
}
#endif

#endif /* UK_PLAT_TLS_H */
