# uklink: top-level targets. See README.md.
#   make setup    install missing Debian packages (apt)
#   make pool     build the library pool (LLVM bitcode archives + index;
#                 ARCHS=x86_64 or TARGETS=... for fewer targets)
#   make uklink   build the uklink tool
#   make demo     setup + pool + uklink, link apps/helloworld, boot it in QEMU
#   make test     setup + pool + uklink, then the whole test suite (pytest)
#   make bench    benchmarks (docs/performance.md)
#   make soak     long stress runs (the 60 s network fuzz, nginx under load)
#   make fuzz     uklink's libFuzzer harnesses, UK_FUZZ_SECONDS each (900)
#   make size-check   image and library sizes against tests/size/ (docs/reports.md)
#   make size-update  rewrite the size baselines in tests/size/
#   make install PREFIX=/usr/local
include mk/flags.mk

BUILD    ?= build
POOLROOT ?= $(BUILD)/pool
# Every target <arch>-<plat> the pool can hold; ARCHS picks architectures
# (`make pool ARCHS=x86_64` builds only x86_64's), TARGETS the targets.
ALL_TARGETS := x86_64-kvm x86_64-linuxu x86_64-xen arm64-kvm arm64-linuxu \
               arm64-xen arm-linuxu
ARCHS    ?= x86_64 arm64 arm
TARGETS  ?= $(filter $(addsuffix -%,$(ARCHS)),$(ALL_TARGETS))
PREFIX   ?= /usr/local
# The pool build is parallel by default (its rules are independent per member).
NPROC    ?= $(shell nproc 2>/dev/null || echo 2)
UKLINK   := uklink/build/uklink

all: pool uklink

setup:
	@sh mk/setup.sh

# One make graph with one job pool for every target: first, per
# architecture, what its targets share (ports, platform-independent
# libraries: goal `shared`, mk/pool.mk), then each target's own part, the
# targets in parallel. newlib's serial configure overlaps the other compiles.
POOLMK = $(MAKE) --no-print-directory -f mk/pool.mk BUILD=$(BUILD) POOLROOT=$(POOLROOT)
arch_of = $(word 1,$(subst -, ,$(1)))
pool:
	@$(MAKE) --no-print-directory -j$(NPROC) pool-targets
pool-targets: $(addprefix pool-,$(TARGETS))
POOL_ARCHES := $(sort $(foreach t,$(TARGETS),$(call arch_of,$(t))))
# Upstream sources are shared by the architectures: fetched first, once.
pool-fetch:
	+@$(POOLMK) TARGET=$(firstword $(TARGETS)) fetch
define pool_shared
pool-shared-$(1): pool-fetch
	+@$$(POOLMK) TARGET=$(firstword $(filter $(1)-%,$(TARGETS))) shared
endef
define pool_target
pool-$(1): pool-shared-$(call arch_of,$(1))
	+@$$(POOLMK) TARGET=$(1) pool
endef
$(foreach a,$(POOL_ARCHES),$(eval $(call pool_shared,$(a))))
$(foreach t,$(TARGETS),$(eval $(call pool_target,$(t))))

uklink:
	@$(MAKE) --no-print-directory -C uklink PREFIX=$(PREFIX)

demo: setup
	@$(MAKE) --no-print-directory pool uklink
	@$(MAKE) --no-print-directory -C apps/helloworld UKLINK=$(CURDIR)/$(UKLINK)
	@echo "== booting apps/helloworld/helloworld in QEMU (TCG) =="
	@$(UKLINK) run --plat kvm apps/helloworld/helloworld

test: setup
	@$(MAKE) --no-print-directory pool uklink
	@$(MAKE) --no-print-directory -C uklink asan
	@# Xen 4.17, a dom0 kernel and userland from Debian's packages, cached
	@# in build/xen-cache: fetched here, at set-up time, not by the tests.
	@[ "$${UK_SKIP_XEN:-}" = 1 ] || sh tests/xen/prepare.sh
	@# Real programs the tests build from Debian sources (apps/*/port.uk).
	@$(MAKE) --no-print-directory apps-src
	@sh tests/run.sh

# Application sources fetched by recipe, like the ports (mk/fetch.sh).
APP_RECIPES := $(wildcard apps/*/port.uk)
apps-src: $(patsubst apps/%/port.uk,$(BUILD)/src/%.stamp,$(APP_RECIPES))

$(BUILD)/src/%.stamp: apps/%/port.uk mk/fetch.sh
	@sh mk/fetch.sh apps/$* $(BUILD)

size-check: uklink
	@/usr/bin/python3 tests/size/sizecheck.py

size-update: uklink
	@/usr/bin/python3 tests/size/sizecheck.py --update

bench: setup
	@$(MAKE) --no-print-directory pool uklink
	@sh bench/link.sh
	@sh bench/run.sh
	@sh bench/net.sh
	@sh bench/http.sh

# Long runs kept out of `make test`: the 60 s malformed-frame fuzz of the
# network stack (make test runs it for 10 s), then nginx under load for
# HTTP_SOAK_MINUTES (10) on one boot (bench/http.sh soak).
soak: setup
	@$(MAKE) --no-print-directory pool uklink
	@UK_NET_FUZZ_SECONDS=60 /usr/bin/python3 -m pytest -q -p no:cacheprovider tests/test_net.py -k fuzz
	@sh bench/http.sh soak

# uklink's readers under libFuzzer (docs/security.md); make test runs each
# for 10 s (tests/test_fuzz_readers.py).
fuzz:
	@sh tests/fuzz/run.sh $${UK_FUZZ_SECONDS:-900}

install: pool uklink
	@sh mk/install.sh "$(PREFIX)" "$(POOLROOT)" "$(UKLINK)"

clean:
	rm -rf $(BUILD)
	@$(MAKE) --no-print-directory -C uklink clean
	@$(MAKE) --no-print-directory -C apps/helloworld clean

.PHONY: all fuzz setup pool pool-targets pool-fetch $(addprefix pool-,$(TARGETS)) $(addprefix pool-shared-,$(POOL_ARCHES)) uklink demo test bench soak install clean size-check size-update apps-src
