/* Reads one line from stdin and prints it back: stdin piped into a
 * unikernel reaches it (tests/arm64/test_arm64_kvm.py). */
#include <stdio.h>

int main(void)
{
	char line[64];

	if (!fgets(line, sizeof(line), stdin))
		return 1;
	printf("got: %s", line);
	return 0;
}
