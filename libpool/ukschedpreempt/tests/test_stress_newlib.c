/* test_stress.c with newlib as the libc: its malloc family (glue) under
 * the pre-emption counter, and its errno swapped per thread.
 * Link with the options: --libc newlib --lib ukschedpreempt -D UKSCHEDPREEMPT_SLICE_US=200
 * Platforms: kvm linuxu (xen has no tick yet: docs/time.md). */
#include "test_stress.c"
