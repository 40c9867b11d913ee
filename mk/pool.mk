# Builds one pool target (<arch>-<plat>): every library as an LLVM bitcode
# archive, its forced members, headers, linker scripts and the index.
# Invoked by the top-level Makefile: make -f mk/pool.mk TARGET=x86_64-kvm
# (goal `shared` first, once per architecture, then `pool` per target).
# Layout and formats: docs/pool.md.
MK := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))
include $(MK)/flags.mk

TARGET      ?= x86_64-kvm
POOL_VERSION ?= $(shell cat $(MK)/../VERSION)
BUILD       ?= build
POOLROOT    ?= $(BUILD)/pool
ARCH        := $(word 1,$(subst -, ,$(TARGET)))
PLAT        := $(word 2,$(subst -, ,$(TARGET)))
TRIPLE      := $(TRIPLE_$(ARCH))
OUT         := $(POOLROOT)/v$(POOL_VERSION)-llvm$(LLVM_MAJOR)/$(TARGET)
OBJ         := $(BUILD)/obj/$(TARGET)
GEN         := $(BUILD)/mk/$(TARGET)
PORTOBJ     := $(BUILD)/obj/port-$(ARCH)
# Objects of platform-independent libraries (libpool/*, arch/*): compiled once
# per architecture, without any platform's include directory.
AOBJ        := $(BUILD)/obj/$(ARCH)

# Libraries of this target: every platform-independent library, the
# architecture and the platform. LIBDIRS may be overridden (tests build
# synthetic pools this way).
# POOL_EXCLUDE names libpool folders to leave out (e.g. ports while offline:
# make pool POOL_EXCLUDE="newlib newlibm lwip fdt mbedtls"), and
# POOL_EXCLUDE_<arch> (mk/flags.mk) what is not ported to the architecture.
LIBDIRS     ?= $(filter-out $(addprefix libpool/,$(POOL_EXCLUDE) $(POOL_EXCLUDE_$(ARCH))), \
               $(patsubst %/lib.uk,%,$(wildcard libpool/*/lib.uk))) \
               arch/$(ARCH) plat/$(PLAT)
# plat/common and arch/common: headers shared by every platform, and by
# the architectures of a family (arm and arm64's TLS variant I).
INCDIRS     := $(wildcard $(addsuffix /include,$(LIBDIRS)) plat/common/include arch/common/include)
INCFLAGS    := $(addprefix -I,$(INCDIRS)) $(if $(wildcard libpool/nolibc/include),-isystem libpool/nolibc/include)

POOL_LIBS :=
-include $(addprefix $(GEN)/,$(addsuffix .mk,$(LIBDIRS)))
# A manifest's `plats` restricts a library to some platforms (hardware
# drivers); without it a library is built for every platform.
POOL_LIBS := $(foreach l,$(POOL_LIBS),$(if $(LIB_$(l)_PLATS),$(if $(filter $(PLAT),$(LIB_$(l)_PLATS)),$(l)),$(l)))

# Manifest parts: a library folder may hold ARCH/arch.uk, the sources
# (and any other manifest keys) of its ARCH part, which live in ARCH/;
# every platform library (plat/<plat>) also gets plat/common/common.uk,
# the code all platforms share. A library's manifest for this target is
# lib.uk merged with its parts (mk/archmanifest.awk: part paths made
# relative to the library folder), written per architecture (the targets
# of an architecture share it, as they share platform-independent
# objects).
ARCHGEN     := $(BUILD)/mk/arch-$(ARCH)
COMMONPART  := plat/common/common.uk
parts_of    = $(wildcard $(1)/$(ARCH)/arch.uk) $(if $(filter plat/%,$(1)),$(wildcard $(COMMONPART)))
manifest_of = $(if $(call parts_of,$(1)),$(ARCHGEN)/$(1)/lib.uk,$(1)/lib.uk)
# A part's path prefix, relative to library folder $(1): ARCH/ or ../common/.
part_prefix = $(if $(filter $(COMMONPART),$(2)),../common/,$(ARCH)/)
define manifest_rules
$(GEN)/$(1).mk: $(call manifest_of,$(1)) $(MK)/manifest.awk
	@mkdir -p $$(dir $$@)
	@awk -v dir=$(1) -f $(MK)/manifest.awk $$< >$$@.tmp && mv $$@.tmp $$@
$(ARCHGEN)/$(1)/lib.uk: $(1)/lib.uk $(call parts_of,$(1)) $(MK)/archmanifest.awk
	@mkdir -p $$(dir $$@)
	@awk -v prefixes="$(foreach p,$(call parts_of,$(1)),$(call part_prefix,$(1),$(p)))" \
	  -f $(MK)/archmanifest.awk $(1)/lib.uk $(call parts_of,$(1)) >$$@.tmp && mv $$@.tmp $$@
endef
$(foreach d,$(LIBDIRS),$(eval $(call manifest_rules,$(d))))

# Platform-independent code sees no platform's own headers (plat/<plat>/include):
# what it compiles to is then the same for every target of the architecture.
PLATINC    := $(wildcard plat/$(PLAT)/include)
INCFLAGS_SHARED := $(filter-out -I$(PLATINC),$(INCFLAGS))
CFLAGS_ARCH = --target=$(TRIPLE) $(ARCHFLAGS_$(ARCH)) $(UK_CFLAGS_COMMON) $(OPTFLAGS_$(ARCH))
ASFLAGS_ARCH = --target=$(TRIPLE) $(ARCHFLAGS_$(ARCH)) $(UK_ASFLAGS_COMMON)

# lib_rules NAME: objects, archive and forced members of one library.
define lib_rules
# A platform's own library, or one restricted to some platforms (`plats`),
# may use that platform's headers: compiled per target. Any other: per
# architecture, shared by its targets (goal `shared`).
$(1)_PERTGT := $$(or $$(filter plat/%,$$(LIB_$(1)_DIR)),$$(LIB_$(1)_PLATS))
$(1)_O := $$(if $$($(1)_PERTGT),$(OBJ),$(AOBJ))/$(1)
$(1)_INC := $$(if $$($(1)_PERTGT),$(INCFLAGS),$(INCFLAGS_SHARED))
$(1)_SRC_OBJS := $$(addprefix $$($(1)_O)/,$$(addsuffix .o,$$(basename $$(LIB_$(1)_SRCS))))
$(1)_FORCED_OUT := $$(addprefix $(OUT)/lib/$(1)/,$$(notdir $$(addsuffix .o,$$(basename $$(LIB_$(1)_FORCED)))))
$(1)_FORCED_OBJS := $$(addprefix $$($(1)_O)/,$$(addsuffix .o,$$(basename $$(LIB_$(1)_FORCED))))
# Members are named by file name (ar, forced members): an ARCH/ source must
# not share its name with a source of the folder.
$(1)_MEMBERS := $$(notdir $$($(1)_SRC_OBJS) $$($(1)_FORCED_OBJS))
$$(if $$(filter-out $$(words $$($(1)_MEMBERS)),$$(words $$(sort $$($(1)_MEMBERS)))),$$(error $$(LIB_$(1)_MANIFEST): two sources of $(1) make one member name: $$($(1)_MEMBERS)))
# A library with an ARCH part has its folder and ARCH/ on its quote-include
# path: its shared sources find the part's private headers by name (and
# so do plat/common's sources compiled into a platform).
$(1)_PRIVINC := $$(if $$(wildcard $$(LIB_$(1)_DIR)/$(ARCH)/arch.uk),-iquote $$(LIB_$(1)_DIR) -iquote $$(LIB_$(1)_DIR)/$(ARCH))
$(1)_OPT_OBJS := $$(addprefix $$($(1)_O)/,$$(LIB_$(1)_OPTOBJ))
# Ports (docs/porting.md). mk/fetch.sh unpacks the upstream source of
# library P into $(BUILD)/src/P (recipe P/port.uk). `upsrcs` (C, relative to
# that tree) are compiled with `upincs` on the include path and warnings off
# (upstream's to fix, not ours); `build` runs a pass-through script in
# $(PORTOBJ)/P/build (again whenever a file of the folder changes, tests/
# excepted); `archive P FILE` takes the members of FILE that P's script made. Upstream code does
# not depend on the platform: it is built once per architecture (PORTOBJ)
# and shared by the targets of that architecture. Ordinary libraries leave
# all of this empty.
$(1)_UP_OBJS := $$(addprefix $(PORTOBJ)/$(1)/,$$(LIB_$(1)_UPSRCS:.c=.o))
$(1)_PORT := $$(if $$(LIB_$(1)_ARCHIVE),$$(word 1,$$(LIB_$(1)_ARCHIVE)),$(1))
$(1)_EXTAR := $$(if $$(LIB_$(1)_ARCHIVE),$(PORTOBJ)/$$($(1)_PORT)/build/$$(word 2,$$(LIB_$(1)_ARCHIVE)))
$(1)_PORT_DEPS := $$($(1)_UP_OBJS) $$(if $$(LIB_$(1)_ARCHIVE),$(PORTOBJ)/$$($(1)_PORT)/build.stamp)
$(1)_UPINC := $$(addprefix -I$(BUILD)/src/$(1)/,$$(LIB_$(1)_UPINCS))
$(1)_FETCHED := $$(if $$(LIB_$(1)_UPINCS)$$(LIB_$(1)_UPSRCS),$(BUILD)/src/$(1).stamp)
$(1)_CFLAGS := $(CFLAGS_ARCH) $$($(1)_PRIVINC) $$($(1)_INC) -D__LIBNAME__=$(1) $$(LIB_$(1)_CFLAGS) $$($(1)_UPINC)


$$($(1)_O)/%.o: $$(LIB_$(1)_DIR)/%.c $$(LIB_$(1)_MANIFEST) | $$($(1)_FETCHED)
	@mkdir -p $$(dir $$@)
	@echo "  CC      $(1): $$*.c"
	@$(CC_UK) $$($(1)_CFLAGS) -MMD -MP -c $$< -o $$@
$$($(1)_O)/%.o: $$(LIB_$(1)_DIR)/%.S $$(LIB_$(1)_MANIFEST)
	@mkdir -p $$(dir $$@)
	@echo "  AS      $(1): $$*.S"
	@$(CC_UK) $(ASFLAGS_ARCH) $$($(1)_PRIVINC) $$($(1)_INC) -D__LIBNAME__=$(1) -MMD -MP -c $$< -o $$@
$$($(1)_O)/__options.c: $$(LIB_$(1)_MANIFEST) $(MK)/options.awk
	@mkdir -p $$(dir $$@)
	@awk -f $(MK)/options.awk $$< >$$@.tmp && mv $$@.tmp $$@
$$($(1)_O)/__options.o: $$($(1)_O)/__options.c
	@$(CC_UK) $$($(1)_CFLAGS) -c $$< -o $$@
$(OUT)/lib/lib$(1).a: $$($(1)_SRC_OBJS) $$($(1)_OPT_OBJS) $$($(1)_PORT_DEPS)
	@mkdir -p $$(dir $$@)
	@echo "  AR      lib$(1).a"
	@rm -f $$@ && $$(if $$($(1)_EXTAR),cp $$($(1)_EXTAR) $$@ &&) $(AR_UK) rcsD $$@ $$(filter %.o,$$^)
# Prebuilt strong definitions of the bool options (mk/optmods.sh).
$(OBJ)/$(1)/opt.stamp: $$(LIB_$(1)_MANIFEST) $(OUT)/index.tsv $(MK)/optmods.sh
	@sh $(MK)/optmods.sh $(OUT)/index.tsv $(OUT)/lib/$(1)/opt $(LLVM_MAJOR) $$<
	@mkdir -p $$(dir $$@) && touch $$@
POOL_OPTMODS += $(OBJ)/$(1)/opt.stamp

$(BUILD)/src/$(1).stamp: $$(wildcard $$(LIB_$(1)_DIR)/port.uk $$(LIB_$(1)_DIR)/patches/*) $(MK)/fetch.sh
	@sh $(MK)/fetch.sh $$(LIB_$(1)_DIR) $(BUILD)
$$($(1)_UP_OBJS): $(PORTOBJ)/$(1)/%.o: $(BUILD)/src/$(1).stamp $$(LIB_$(1)_MANIFEST)
	@mkdir -p $$(dir $$@)
	@echo "  CC      $(1): $$*.c"
	@$(CC_UK) $$($(1)_CFLAGS) -w -MMD -MP -c $(BUILD)/src/$(1)/$$*.c -o $$@
# A pass-through build compiles glue against the pool's public headers
# (newlib's against <uk/vfs.h>...): a change there rebuilds it too.
$(PORTOBJ)/$(1)/build.stamp: $(BUILD)/src/$(1).stamp $$(shell find $$(LIB_$(1)_DIR) -path "*/tests" -prune -o -type f -print) $$(wildcard $$(dir $$(LIB_$(1)_DIR))*/include/uk/*.h)
	@echo "  BUILD   $(1) ($$(LIB_$(1)_BUILD))"
	+@rm -rf $(PORTOBJ)/$(1)/build && mkdir -p $(PORTOBJ)/$(1)/build && \
	  UK_CC=$(CC_UK) UK_AR=$(AR_UK) UK_NM=$(NM_UK) UK_TRIPLE=$(TRIPLE) \
	  UK_CFLAGS="$(ARCHFLAGS_$(ARCH)) $(filter-out -nostdinc -W%,$(UK_CFLAGS_COMMON))" \
	  sh $$(LIB_$(1)_DIR)/$$(LIB_$(1)_BUILD) $(BUILD)/src/$(1) $(PORTOBJ)/$(1)/build \
	  >$(PORTOBJ)/$(1)/build.log 2>&1 || { tail -n 30 $(PORTOBJ)/$(1)/build.log; exit 1; }
	@touch $$@
POOL_PASSTHRU += $$(if $$(LIB_$(1)_BUILD),$(PORTOBJ)/$(1)/build.stamp)
POOL_SRCSTAMPS += $$(if $$(wildcard $$(LIB_$(1)_DIR)/port.uk),$(BUILD)/src/$(1).stamp)
POOL_UPHDRS += $$(if $$(LIB_$(1)_UPINCS),$(BUILD)/src/$(1).stamp)
POOL_UPINCDIRS += $$(addprefix $(BUILD)/src/$(1)/,$$(LIB_$(1)_UPINCS))
# `buildincs DIR`: headers the pass-through build leaves in its DIR, installed
# as include/<name>/ (a second C library's headers: never merged at the top).
POOL_BUILDINCS += $$(if $$(LIB_$(1)_BUILDINCS),$(1):$(PORTOBJ)/$(1)/build/$$(LIB_$(1)_BUILDINCS))
POOL_BUILDINC_DEPS += $$(if $$(LIB_$(1)_BUILDINCS),$(PORTOBJ)/$(1)/build.stamp)

POOL_ARCHIVES += $(OUT)/lib/lib$(1).a
POOL_SHARED += $$(if $$($(1)_PERTGT),,$$($(1)_SRC_OBJS) $$($(1)_FORCED_OBJS) $$($(1)_OPT_OBJS)) $$($(1)_PORT_DEPS)
POOL_FORCED += $$($(1)_FORCED_OUT)
POOL_MANIFESTS += $$(LIB_$(1)_MANIFEST)
POOL_HEADERS += $$(shell find $$(LIB_$(1)_DIR)/include -type f 2>/dev/null)
POOL_FRAGS += $$(addprefix $(OUT)/ld/$(1)-,$$(LIB_$(1)_LDFRAG))
$(OUT)/ld/$(1)-%: $$(LIB_$(1)_DIR)/%
	@mkdir -p $$(dir $$@)
	@cp $$< $$@
-include $$($(1)_SRC_OBJS:.o=.d) $$($(1)_FORCED_OBJS:.o=.d) $$($(1)_UP_OBJS:.o=.d)
endef
$(foreach l,$(POOL_LIBS),$(eval $(call lib_rules,$(l))))

# forced_rule LIB SRC: a forced member beside the archive, named by its
# file name (SRC may be in the library's ARCH/ folder).
define forced_rule
$(OUT)/lib/$(1)/$(notdir $(basename $(2))).o: $($(1)_O)/$(basename $(2)).o
	@mkdir -p $$(dir $$@)
	@cp $$< $$@
endef
$(foreach l,$(POOL_LIBS),$(foreach f,$(LIB_$(l)_FORCED),$(eval $(call forced_rule,$(l),$(f)))))

# The platform's template with the shared parts of ld/common/ put in
# (its @UK_PART@ lines, mk/ldcompose.awk): uklink reads one whole script.
TEMPLATE := $(OUT)/ld/$(ARCH)-$(PLAT).ld
$(TEMPLATE): ld/$(ARCH)-$(PLAT).ld $(wildcard ld/common/*.ld) $(MK)/ldcompose.awk
	@mkdir -p $(dir $@)
	@awk -v dir=ld/common -f $(MK)/ldcompose.awk $< >$@.tmp && mv $@.tmp $@

# Headers: one merged tree; rebuilt whenever any public header changes.
# Ports add their upstream include directories (upincs) first, so that our
# glue headers take precedence; a pass-through build's own headers
# (buildincs) go into a folder of their own, include/<name>/.
$(OUT)/include/.stamp: $(POOL_HEADERS) $(POOL_UPHDRS) $(POOL_BUILDINC_DEPS) $(wildcard plat/common/include/uk/plat/*.h arch/common/include/uk/arch/*.h)
	@rm -rf $(OUT)/include && mkdir -p $(OUT)/include
	@for d in $(POOL_UPINCDIRS) $(INCDIRS); do cp -R $$d/. $(OUT)/include/; done
	@for p in $(POOL_BUILDINCS); do mkdir -p $(OUT)/include/$${p%%:*} && \
	  cp -R $${p#*:}/. $(OUT)/include/$${p%%:*}/; done
	@touch $@

$(OUT)/index.tsv: $(POOL_ARCHIVES) $(POOL_FORCED) $(POOL_MANIFESTS) $(MK)/mkindex.sh $(MK)/mkindex.awk
	@echo "  INDEX   $(TARGET)"
	@sh $(MK)/mkindex.sh $(OUT) $(ARCH) $(PLAT) $(TRIPLE) $(POOL_VERSION) $(LLVM_MAJOR) $(POOL_MANIFESTS)

# Pass-through builds first: they are the longest jobs (make -j).
pool: $(POOL_PASSTHRU) $(OUT)/index.tsv $(POOL_OPTMODS) $(OUT)/include/.stamp $(TEMPLATE) $(POOL_FRAGS)
# What the targets of this architecture share: ports and platform-independent
# libraries' objects. The top-level Makefile makes it once per architecture,
# then the targets' `pool` in parallel (they only read it).
shared: $(POOL_PASSTHRU) $(POOL_SHARED)
# Upstream sources (build/src, shared by every architecture): fetched
# once, before the architectures' `shared` goals run side by side.
fetch: $(POOL_SRCSTAMPS)
.PHONY: pool shared fetch
.SECONDARY:
.DELETE_ON_ERROR:
.DEFAULT_GOAL := pool
