#include <time.h>

double difftime(time_t end, time_t start)
{
	return (double)(end - start);
}
