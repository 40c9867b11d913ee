/* Prints argc and every argument on its own line, between brackets, and
 * the environment variable UKTEST if ukplat_environ() provides it. */
#include <stdio.h>
#include <string.h>
#include <uk/plat/linuxu.h>

int main(int argc, char *argv[])
{
	char **e;

	printf("argc=%d\n", argc);
	for (int i = 0; i < argc; i++)
		printf("[%s]\n", argv[i]);
	for (e = ukplat_environ(); *e; e++)
		if (!strncmp(*e, "UKTEST=", 7))
			printf("env %s\n", *e);
	return argv[argc] != NULL;
}
