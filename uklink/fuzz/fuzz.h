/* fuzz.h: what the libFuzzer harnesses share (docs/security.md,
 * "Fuzzing"). Each harness feeds one reader the bytes libFuzzer makes. */
#ifndef UKLINK_FUZZ_H
#define UKLINK_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);

/* For readers that take a path: the bytes in an in-memory file, named
 * /proc/self/fd/N (the name is the caller's until the next call). */
const char *fuzz_file(const uint8_t *d, size_t n);

#endif
