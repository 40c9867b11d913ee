/* json.h: a small JSON reader (json.c); size-diff reads JSON reports. */
#ifndef UKLINK_JSON_H
#define UKLINK_JSON_H

#include <stddef.h>

enum { JV_NULL, JV_NUMBER, JV_STRING, JV_ARRAY, JV_OBJECT };

struct jv {
	int type;
	double n;
	char *s;
	struct jv **kids; /* array elements or object values */
	char **keys;      /* object keys */
	int nkids, capkids, capkeys;
};

struct jv *json_parse(const char *text, size_t len); /* NULL if invalid */
void json_free(struct jv *v);
const struct jv *json_get(const struct jv *v, const char *key);
const char *json_s(const struct jv *v, const char *key);
double json_n(const struct jv *v, const char *key);

#endif
