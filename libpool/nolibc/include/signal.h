/* Signals (C11 7.14, POSIX) with Linux's numbers and glibc's x86_64
 * layouts (sigset_t of 1024 bits, struct sigaction, siginfo_t), so that
 * objects compiled against glibc's headers agree. One process: signals
 * come from raise(), kill() of itself, abort(), and the interval timers
 * (alarm, setitimer), which the platform's tick delivers where there is
 * one (kvm, linuxu) and a waiting call (sleep, nanosleep, pause,
 * sigsuspend) delivers everywhere (xen: only those). docs/nolibc.md. */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <sys/types.h>
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SIGHUP		1
#define SIGINT		2
#define SIGQUIT		3
#define SIGILL		4
#define SIGTRAP		5
#define SIGABRT		6
#define SIGIOT		6
#define SIGBUS		7
#define SIGFPE		8
#define SIGKILL		9
#define SIGUSR1		10
#define SIGSEGV		11
#define SIGUSR2		12
#define SIGPIPE		13
#define SIGALRM		14
#define SIGTERM		15
#define SIGSTKFLT	16
#define SIGCHLD		17
#define SIGCONT		18
#define SIGSTOP		19
#define SIGTSTP		20
#define SIGTTIN		21
#define SIGTTOU		22
#define SIGURG		23
#define SIGXCPU		24
#define SIGXFSZ		25
#define SIGVTALRM	26
#define SIGPROF		27
#define SIGWINCH	28
#define SIGIO		29
#define SIGPOLL		SIGIO
#define SIGPWR		30
#define SIGSYS		31
#define SIGRTMIN	34
#define SIGRTMAX	64
#define NSIG		65
#define _NSIG		NSIG

typedef void (*sighandler_t)(int);
typedef int sig_atomic_t;

#define SIG_ERR		((sighandler_t)-1)
#define SIG_DFL		((sighandler_t)0)
#define SIG_IGN		((sighandler_t)1)

typedef struct {
	unsigned long __val[16];
} sigset_t;

union sigval {
	int sival_int;
	void *sival_ptr;
};

typedef struct {
	int si_signo;
	int si_errno;
	int si_code;
	int __pad0;
	union {
		struct {
			pid_t si_pid;
			uid_t si_uid;
			union sigval si_value;
		} __kill;
		void *si_addr;
		int __pad[28];
	} __u;
} siginfo_t;
#define si_pid		__u.__kill.si_pid
#define si_uid		__u.__kill.si_uid
#define si_value	__u.__kill.si_value
#define si_addr		__u.si_addr

/* si_code values */
#define SI_USER		0
#define SI_KERNEL	0x80
#define SI_TIMER	(-2)

struct sigaction {
	union {
		sighandler_t sa_handler;
		void (*sa_sigaction)(int, siginfo_t *, void *);
	} __sigaction_handler;
	sigset_t sa_mask;
	int sa_flags;
	void (*sa_restorer)(void);
};
#define sa_handler	__sigaction_handler.sa_handler
#define sa_sigaction	__sigaction_handler.sa_sigaction

#define SA_NOCLDSTOP	1
#define SA_NOCLDWAIT	2
#define SA_SIGINFO	4
#define SA_ONSTACK	0x08000000
#define SA_RESTART	0x10000000
#define SA_NODEFER	0x40000000
#define SA_RESETHAND	0x80000000

#define SIG_BLOCK	0
#define SIG_UNBLOCK	1
#define SIG_SETMASK	2

typedef struct {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
} stack_t;
#define SS_ONSTACK	1
#define SS_DISABLE	2
#define MINSIGSTKSZ	2048
#define SIGSTKSZ	8192

/* The action for @sig: SIG_DFL (terminate, with a message, for most;
 * ignore SIGCHLD SIGCONT SIGURG SIGWINCH and the stop signals), SIG_IGN,
 * or a handler. sa_mask and SA_NODEFER, SA_RESETHAND, SA_SIGINFO are
 * honoured; SA_RESTART is moot (no call is interrupted but the waits);
 * SIGKILL and SIGSTOP cannot be caught (EINVAL). */
int sigaction(int sig, const struct sigaction *act, struct sigaction *old);
/* sigaction with SA_RESTART and an empty mask; the old handler, or
 * SIG_ERR. */
sighandler_t signal(int sig, sighandler_t handler);
sighandler_t sysv_signal(int sig, sighandler_t handler);
sighandler_t bsd_signal(int sig, sighandler_t handler);
/* Delivers @sig now (or when unblocked): 0, or -1 (EINVAL). */
int raise(int sig);
/* Our own pid (1), 0 or -1 mean this program: raise(); @sig 0 checks.
 * Any other pid: ESRCH. */
int kill(pid_t pid, int sig);
int killpg(pid_t pgrp, int sig);
/* The blocked set: pending signals are delivered when unblocked. */
int sigprocmask(int how, const sigset_t *set, sigset_t *old);
int sigpending(sigset_t *set);
/* Waits with @mask blocked until a handler has run: -1, errno EINTR. */
int sigsuspend(const sigset_t *mask);
int sigaltstack(const stack_t *ss, stack_t *old);

int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);

/* "Alarm clock", "Interrupt"... (glibc's texts); psignal prints
 * "@msg: text" on stderr. */
char *strsignal(int sig);
void psignal(int sig, const char *msg);

#ifdef __cplusplus
}
#endif

#endif
