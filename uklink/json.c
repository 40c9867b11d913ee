/* json.c: a small JSON reader (RFC 8259 values into a tree), enough to
 * read uklink's own JSON reports back (size-diff). Numbers are doubles;
 * \u escapes outside ASCII become '?'. */
#include "json.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

struct jp {
	const char *p, *end;
	int bad, depth;
};

static void ws(struct jp *j)
{
	while (j->p < j->end && strchr(" \t\r\n", *j->p))
		j->p++;
}

static char *jstring(struct jp *j)
{
	struct uk_buf b = { 0 };
	j->p++; /* the opening quote */
	while (j->p < j->end && *j->p != '"') {
		char ch = *j->p++;
		if (ch == '\\' && j->p < j->end) {
			char e = *j->p++;
			ch = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r'
				: e == 'b' ? '\b' : e == 'f' ? '\f' : e;
			if (e == 'u') {
				unsigned v = 0;
				for (int i = 0; i < 4 && j->p < j->end; i++, j->p++)
					v = v * 16 + (unsigned)(*j->p <= '9' ? *j->p - '0'
						: (*j->p | 32) - 'a' + 10);
				ch = v < 0x80 && v ? (char)v : '?';
			}
		}
		buf_add(&b, &ch, 1);
	}
	if (j->p >= j->end)
		j->bad = 1;
	else
		j->p++;
	return b.p ? b.p : xstrdup("");
}

static struct jv *value(struct jp *j);

static void add_kid(struct jv *v, char *key, struct jv *kid)
{
	grow(&v->kids, &v->capkids, v->nkids, sizeof(*v->kids));
	grow(&v->keys, &v->capkeys, v->nkids, sizeof(*v->keys));
	v->kids[v->nkids] = kid;
	v->keys[v->nkids++] = key;
}

static struct jv *container(struct jp *j, int obj)
{
	struct jv *v = xcalloc(1, sizeof(*v));
	v->type = obj ? JV_OBJECT : JV_ARRAY;
	j->p++;
	ws(j);
	if (j->p < j->end && *j->p == (obj ? '}' : ']')) {
		j->p++;
		return v;
	}
	while (!j->bad) {
		char *key = NULL;
		ws(j);
		if (obj) {
			if (j->p >= j->end || *j->p != '"') {
				j->bad = 1;
				break;
			}
			key = jstring(j);
			ws(j);
			if (j->p >= j->end || *j->p++ != ':')
				j->bad = 1;
		}
		add_kid(v, key, value(j));
		ws(j);
		if (j->p < j->end && *j->p == ',') {
			j->p++;
			continue;
		}
		if (j->p < j->end && *j->p == (obj ? '}' : ']'))
			j->p++;
		else
			j->bad = 1;
		break;
	}
	return v;
}

static struct jv *value(struct jp *j)
{
	ws(j);
	if (j->p >= j->end || ++j->depth > 64) {
		j->bad = 1;
		return xcalloc(1, sizeof(struct jv));
	}
	struct jv *v;
	if (*j->p == '{' || *j->p == '[') {
		v = container(j, *j->p == '{');
	} else if (*j->p == '"') {
		v = xcalloc(1, sizeof(*v));
		v->type = JV_STRING;
		v->s = jstring(j);
	} else {
		v = xcalloc(1, sizeof(*v));
		char *e;
		v->n = strtod(j->p, &e);
		if (e > j->p) {
			v->type = JV_NUMBER;
			j->p = e;
		} else {
			/* true, false, null */
			while (j->p < j->end && strchr("truefalsn", *j->p))
				j->p++;
		}
	}
	j->depth--;
	return v;
}

struct jv *json_parse(const char *text, size_t len)
{
	struct jp j = { text, text + len, 0, 0 };
	struct jv *v = value(&j);
	ws(&j);
	if (j.bad || j.p != j.end) {
		json_free(v);
		return NULL;
	}
	return v;
}

void json_free(struct jv *v)
{
	if (!v)
		return;
	for (int i = 0; i < v->nkids; i++) {
		json_free(v->kids[i]);
		free(v->keys[i]);
	}
	free(v->kids);
	free(v->keys);
	free(v->s);
	free(v);
}

const struct jv *json_get(const struct jv *v, const char *key)
{
	for (int i = 0; v && v->type == JV_OBJECT && i < v->nkids; i++)
		if (!strcmp(v->keys[i], key))
			return v->kids[i];
	return NULL;
}

const char *json_s(const struct jv *v, const char *key)
{
	const struct jv *x = json_get(v, key);
	return x && x->type == JV_STRING ? x->s : "";
}

double json_n(const struct jv *v, const char *key)
{
	const struct jv *x = json_get(v, key);
	return x && x->type == JV_NUMBER ? x->n : 0;
}
