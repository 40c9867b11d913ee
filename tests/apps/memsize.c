/* Prints the heap the guest was given (tests/test_run_memory.py: `uklink
 * run -m MB` must change it). */
#include <stdio.h>
#include <uk/alloc.h>

int main(void)
{
	struct uk_alloc *a = uk_alloc_get_default();

	printf("availmem %ld\n", a ? uk_alloc_availmem(a) : -1L);
	return 0;
}
