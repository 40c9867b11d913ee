/* Scheduling priority: one process, whose nice value is kept and
 * reported (it changes nothing: there is no other process to yield to). */
#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

static int niceval;

static int self(int which, int who)
{
	if (which != PRIO_PROCESS && which != PRIO_PGRP && which != PRIO_USER) {
		errno = EINVAL;
		return 0;
	}
	if (who && who != 1 && !(which == PRIO_USER && who == 0)) {
		errno = ESRCH;
		return 0;
	}
	return 1;
}

int getpriority(int which, int who)
{
	return self(which, who) ? niceval : -1;
}

int setpriority(int which, int who, int prio)
{
	if (!self(which, who))
		return -1;
	niceval = prio < -20 ? -20 : prio > 19 ? 19 : prio;
	return 0;
}

int nice(int inc)
{
	setpriority(PRIO_PROCESS, 0, niceval + inc);
	return niceval;
}
