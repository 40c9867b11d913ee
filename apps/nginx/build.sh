# nginx 1.22.1, sourced by mk/appbuild.sh: upstream's auto/configure and
# make in a copy of the tree (configure writes its Makefile there), with
# the host's compiler ($CC) and nginx's own flags (-O -g -Werror ...).
# Options (docs/apps.md, "nginx"): no module that needs a library the
# pool lacks (rewrite and PCRE, gzip and zlib, auth_basic and crypt), and
# none of the modules that talk to backends (proxy, FastCGI, uwsgi, SCGI,
# gRPC, memcached, the upstream balancers, the cache): a static web
# server. nginx.objs lists objs/ in the order of nginx's own link line.
NGINX_OPTS="--without-http_rewrite_module --without-http_gzip_module
 --without-pcre --without-http_auth_basic_module
 --without-http_proxy_module --without-http_fastcgi_module
 --without-http_uwsgi_module --without-http_scgi_module
 --without-http_grpc_module --without-http_memcached_module
 --without-http_upstream_hash_module --without-http_upstream_ip_hash_module
 --without-http_upstream_least_conn_module
 --without-http_upstream_random_module
 --without-http_upstream_keepalive_module
 --without-http_upstream_zone_module --without-http-cache"
rm -rf "$OBJ/tree"
mkdir "$OBJ/tree"
cp -a "$SRC/." "$OBJ/tree"
cd "$OBJ/tree"
# shellcheck disable=SC2086
CC=$CC run_logged ./configure $NGINX_OPTS
run_logged make -j2
# The objects of the link line of objs/Makefile, without their '.o'.
objs=$(sed -n '/^objs\/nginx:/,/^$/p' objs/Makefile | tr -s ' \t\\' '\n\n\n' |
	sed -n 's|^\(objs/.*\)\.o$|tree/\1|p')
cd "$OBJ"
# shellcheck disable=SC2086
prog nginx $objs --
cd "$out"
