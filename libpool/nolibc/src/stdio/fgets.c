#include <stdio.h>

char *fgets(char *s, int n, FILE *f)
{
	int i = 0, c = 0;

	if (n <= 0)
		return NULL;
	while (i < n - 1 && c != '\n') {
		c = fgetc(f);
		if (c == EOF)
			break;
		s[i++] = (char)c;
	}
	if (!i)
		return NULL;
	s[i] = 0;
	return s;
}
