# Builds one pool target (<arch>-<plat>): every library as an LLVM bitcode
# archive, its forced members, headers, linker scripts and the index.
# Invoked by the top-level Makefile: make -f mk/pool.mk TARGET=x86_64-kvm
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

# Libraries of this target: every platform-independent library, the
# architecture and the platform. LIBDIRS may be overridden (tests build
# synthetic pools this way).
LIBDIRS     ?= $(patsubst %/lib.uk,%,$(wildcard libpool/*/lib.uk)) \
               arch/$(ARCH) plat/$(PLAT)
INCDIRS     := $(wildcard $(addsuffix /include,$(LIBDIRS)) plat/common/include)
INCFLAGS    := $(addprefix -I,$(INCDIRS)) $(if $(wildcard libpool/nolibc/include),-isystem libpool/nolibc/include)

POOL_LIBS :=
-include $(addprefix $(GEN)/,$(addsuffix .mk,$(LIBDIRS)))

$(GEN)/%.mk: %/lib.uk $(MK)/manifest.awk
	@mkdir -p $(dir $@)
	@awk -v dir=$* -f $(MK)/manifest.awk $< >$@.tmp && mv $@.tmp $@

CFLAGS_TGT := --target=$(TRIPLE) $(ARCHFLAGS_$(ARCH)) $(UK_CFLAGS_COMMON) $(INCFLAGS)
ASFLAGS_TGT := --target=$(TRIPLE) $(ARCHFLAGS_$(ARCH)) $(UK_ASFLAGS_COMMON) $(INCFLAGS)

# lib_rules NAME: objects, archive and forced members of one library.
define lib_rules
$(1)_SRC_OBJS := $$(addprefix $(OBJ)/$(1)/,$$(addsuffix .o,$$(basename $$(LIB_$(1)_SRCS))))
$(1)_FORCED_OUT := $$(addprefix $(OUT)/lib/$(1)/,$$(notdir $$(addsuffix .o,$$(basename $$(LIB_$(1)_FORCED)))))
$(1)_FORCED_OBJS := $$(addprefix $(OBJ)/$(1)/,$$(addsuffix .o,$$(basename $$(LIB_$(1)_FORCED))))
$(1)_CFLAGS := $(CFLAGS_TGT) -D__LIBNAME__=$(1) $$(LIB_$(1)_CFLAGS)

$(OBJ)/$(1)/%.o: $$(LIB_$(1)_DIR)/%.c $$(LIB_$(1)_MANIFEST)
	@mkdir -p $$(dir $$@)
	@echo "  CC      $(1): $$*.c"
	@$(CC_UK) $$($(1)_CFLAGS) -MMD -MP -c $$< -o $$@
$(OBJ)/$(1)/%.o: $$(LIB_$(1)_DIR)/%.S $$(LIB_$(1)_MANIFEST)
	@mkdir -p $$(dir $$@)
	@echo "  AS      $(1): $$*.S"
	@$(CC_UK) $(ASFLAGS_TGT) -D__LIBNAME__=$(1) -MMD -MP -c $$< -o $$@
$(OBJ)/$(1)/__options.c: $$(LIB_$(1)_MANIFEST) $(MK)/options.awk
	@mkdir -p $$(dir $$@)
	@awk -f $(MK)/options.awk $$< >$$@.tmp && mv $$@.tmp $$@
$(OBJ)/$(1)/__options.o: $(OBJ)/$(1)/__options.c
	@$(CC_UK) $$($(1)_CFLAGS) -c $$< -o $$@
$(OUT)/lib/lib$(1).a: $$($(1)_SRC_OBJS) $$(addprefix $(OBJ)/$(1)/,$$(LIB_$(1)_OPTOBJ))
	@mkdir -p $$(dir $$@)
	@echo "  AR      lib$(1).a"
	@rm -f $$@ && $(AR_UK) rcsD $$@ $$^
$(OUT)/lib/$(1)/%.o: $(OBJ)/$(1)/%.o
	@mkdir -p $$(dir $$@)
	@cp $$< $$@

POOL_ARCHIVES += $(OUT)/lib/lib$(1).a
POOL_FORCED += $$($(1)_FORCED_OUT)
POOL_MANIFESTS += $$(LIB_$(1)_MANIFEST)
POOL_HEADERS += $$(shell find $$(LIB_$(1)_DIR)/include -type f 2>/dev/null)
POOL_FRAGS += $$(addprefix $(OUT)/ld/$(1)-,$$(LIB_$(1)_LDFRAG))
$(OUT)/ld/$(1)-%: $$(LIB_$(1)_DIR)/%
	@mkdir -p $$(dir $$@)
	@cp $$< $$@
-include $$($(1)_SRC_OBJS:.o=.d) $$($(1)_FORCED_OBJS:.o=.d)
endef
$(foreach l,$(POOL_LIBS),$(eval $(call lib_rules,$(l))))

TEMPLATE := $(OUT)/ld/$(ARCH)-$(PLAT).ld
$(TEMPLATE): ld/$(ARCH)-$(PLAT).ld
	@mkdir -p $(dir $@)
	@cp $< $@

# Headers: one merged tree; rebuilt whenever any public header changes.
$(OUT)/include/.stamp: $(POOL_HEADERS) $(wildcard plat/common/include/uk/plat/*.h)
	@rm -rf $(OUT)/include && mkdir -p $(OUT)/include
	@for d in $(INCDIRS); do cp -R $$d/. $(OUT)/include/; done
	@touch $@

$(OUT)/index.tsv: $(POOL_ARCHIVES) $(POOL_FORCED) $(POOL_MANIFESTS) $(MK)/mkindex.sh $(MK)/mkindex.awk
	@echo "  INDEX   $(TARGET)"
	@sh $(MK)/mkindex.sh $(OUT) $(ARCH) $(PLAT) $(TRIPLE) $(POOL_VERSION) $(LLVM_MAJOR) $(POOL_MANIFESTS)

pool: $(OUT)/index.tsv $(OUT)/include/.stamp $(TEMPLATE) $(POOL_FRAGS)
.PHONY: pool
.SECONDARY:
.DELETE_ON_ERROR:
.DEFAULT_GOAL := pool
