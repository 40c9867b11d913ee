/* The stack-protector guard that code built with -fstack-protector reads
 * on ARM (GCC and clang use this global there, not a thread-pointer
 * slot). The platform seeds it before main (ukarch_tcb_init); linked only
 * when such code references it. */
unsigned long __stack_chk_guard;
