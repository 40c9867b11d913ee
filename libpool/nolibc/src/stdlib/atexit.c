/* Exit handlers: atexit, on_exit and __cxa_atexit share one table and
 * run last registered first (a handler may register more). */
#include <stdlib.h>

#define NATEXIT 32

static struct {
	void (*fn)(void);
	void *arg;
	int kind;		/* 0 atexit, 1 on_exit, 2 __cxa_atexit */
} handlers[NATEXIT];
static int nhandlers;

static int add(void (*fn)(void), void *arg, int kind)
{
	if (nhandlers == NATEXIT)
		return -1;
	handlers[nhandlers].fn = fn;
	handlers[nhandlers].arg = arg;
	handlers[nhandlers++].kind = kind;
	return 0;
}

int atexit(void (*fn)(void))
{
	return add(fn, 0, 0);
}

int on_exit(void (*fn)(int status, void *arg), void *arg)
{
	return add((void (*)(void))fn, arg, 1);
}

/* C++'s destructors of static objects (the DSO handle is irrelevant:
 * there is one image). */
int __cxa_atexit(void (*fn)(void *), void *arg, void *dso)
{
	(void)dso;
	return add((void (*)(void))fn, arg, 2);
}

/* Called by exit(). */
void _nolibc_atexit_run(int status)
{
	while (nhandlers > 0) {
		nhandlers--;
		if (handlers[nhandlers].kind == 1)
			((void (*)(int, void *))handlers[nhandlers].fn)(
				status, handlers[nhandlers].arg);
		else if (handlers[nhandlers].kind == 2)
			((void (*)(void *))handlers[nhandlers].fn)(
				handlers[nhandlers].arg);
		else
			handlers[nhandlers].fn();
	}
}
