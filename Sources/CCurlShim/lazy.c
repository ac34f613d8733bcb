// libcurl, loaded on first use instead of at start (Linux).
//
// Foundation's networking half (linked in through the MCP SDK) and our SMTP client both call
// libcurl, so the binary would load libcurl and the 30 libraries behind it (OpenSSL, GnuTLS,
// Kerberos, LDAP…, about 5.7 MB of memory and several milliseconds) at every start, even for a
// server that never sends an email. This file defines every libcurl function the binary calls;
// the first call opens libcurl.so.4 and the rest forward to it. The release build
// (scripts/build-release.sh) does not link libcurl, so it is not loaded at start.
//
// When libcurl cannot be loaded, every call fails the way libcurl itself reports failure (NULL
// handles, CURLE_FAILED_INIT) and ip_curl_load_failure() says why, which the SMTP client turns
// into an error a user can act on.
#if defined(__linux__)

// These definitions replace curl's type-checking macros of the same names.
#define CURL_DISABLE_TYPECHECK
#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include "CCurlShim.h"

#define IP_CURL_FUNCTIONS(X) \
    X(CURLcode, curl_global_init, (long)) \
    X(CURL *, curl_easy_init, (void)) \
    X(CURLcode, curl_easy_setopt, (CURL *, CURLoption, ...)) \
    X(CURLcode, curl_easy_getinfo, (CURL *, CURLINFO, ...)) \
    X(CURLcode, curl_easy_perform, (CURL *)) \
    X(CURLcode, curl_easy_pause, (CURL *, int)) \
    X(void, curl_easy_cleanup, (CURL *)) \
    X(const char *, curl_easy_strerror, (CURLcode)) \
    X(void, curl_free, (void *)) \
    X(CURLM *, curl_multi_init, (void)) \
    X(CURLMcode, curl_multi_setopt, (CURLM *, CURLMoption, ...)) \
    X(CURLMcode, curl_multi_add_handle, (CURLM *, CURL *)) \
    X(CURLMcode, curl_multi_remove_handle, (CURLM *, CURL *)) \
    X(CURLMcode, curl_multi_assign, (CURLM *, curl_socket_t, void *)) \
    X(CURLMcode, curl_multi_socket_action, (CURLM *, curl_socket_t, int, int *)) \
    X(CURLMsg *, curl_multi_info_read, (CURLM *, int *)) \
    X(CURLMcode, curl_multi_cleanup, (CURLM *)) \
    X(struct curl_slist *, curl_slist_append, (struct curl_slist *, const char *)) \
    X(void, curl_slist_free_all, (struct curl_slist *)) \
    X(CURLU *, curl_url, (void)) \
    X(CURLUcode, curl_url_get, (CURLU *, CURLUPart, char **, unsigned int)) \
    X(CURLUcode, curl_url_set, (CURLU *, CURLUPart, const char *, unsigned int)) \
    X(char *, curl_version, (void)) \
    X(curl_version_info_data *, curl_version_info, (CURLversion))

#define IP_CURL_POINTER(type, name, parameters) static type (*real_##name) parameters;
IP_CURL_FUNCTIONS(IP_CURL_POINTER)

static pthread_once_t ip_curl_once = PTHREAD_ONCE_INIT;
static int ip_curl_loaded;
static char ip_curl_failure[512];

static void ip_curl_load(void) {
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_GLOBAL);
    if (library == NULL) {
        snprintf(ip_curl_failure, sizeof ip_curl_failure,
                 "libcurl could not be loaded (install libcurl4 to send email): %s", dlerror());
        return;
    }
#define IP_CURL_RESOLVE(type, name, parameters) \
    real_##name = (type (*) parameters)dlsym(library, #name); \
    if (real_##name == NULL) { \
        snprintf(ip_curl_failure, sizeof ip_curl_failure, \
                 "libcurl.so.4 is too old: it has no %s (install a current libcurl4)", #name); \
        return; \
    }
    IP_CURL_FUNCTIONS(IP_CURL_RESOLVE)
    ip_curl_loaded = 1;
}

/// Whether libcurl is loaded (loading it on the first call).
static int ip_curl_ready(void) {
    pthread_once(&ip_curl_once, ip_curl_load);
    return ip_curl_loaded;
}

const char *ip_curl_load_failure(void) { return ip_curl_ready() ? NULL : ip_curl_failure; }

// Plain forwarding for the fixed-argument functions.
#define IP_FORWARD(type, name, failure, parameters, arguments) \
    type name parameters { return ip_curl_ready() ? real_##name arguments : failure; }
#define IP_FORWARD_VOID(name, parameters, arguments) \
    void name parameters { if (ip_curl_ready()) real_##name arguments; }

IP_FORWARD(CURLcode, curl_global_init, CURLE_FAILED_INIT, (long flags), (flags))
IP_FORWARD(CURL *, curl_easy_init, NULL, (void), ())
IP_FORWARD(CURLcode, curl_easy_perform, CURLE_FAILED_INIT, (CURL *curl), (curl))
IP_FORWARD(CURLcode, curl_easy_pause, CURLE_FAILED_INIT, (CURL *curl, int bitmask), (curl, bitmask))
IP_FORWARD_VOID(curl_easy_cleanup, (CURL *curl), (curl))
IP_FORWARD(const char *, curl_easy_strerror, "libcurl could not be loaded", (CURLcode code), (code))
IP_FORWARD_VOID(curl_free, (void *pointer), (pointer))
IP_FORWARD(CURLM *, curl_multi_init, NULL, (void), ())
IP_FORWARD(CURLMcode, curl_multi_add_handle, CURLM_INTERNAL_ERROR, (CURLM *multi, CURL *curl), (multi, curl))
IP_FORWARD(CURLMcode, curl_multi_remove_handle, CURLM_INTERNAL_ERROR, (CURLM *multi, CURL *curl), (multi, curl))
IP_FORWARD(CURLMcode, curl_multi_assign, CURLM_INTERNAL_ERROR, (CURLM *multi, curl_socket_t socket, void *pointer), (multi, socket, pointer))
IP_FORWARD(CURLMcode, curl_multi_socket_action, CURLM_INTERNAL_ERROR,
           (CURLM *multi, curl_socket_t socket, int events, int *running), (multi, socket, events, running))
IP_FORWARD(CURLMsg *, curl_multi_info_read, NULL, (CURLM *multi, int *queued), (multi, queued))
IP_FORWARD(CURLMcode, curl_multi_cleanup, CURLM_INTERNAL_ERROR, (CURLM *multi), (multi))
IP_FORWARD(struct curl_slist *, curl_slist_append, NULL, (struct curl_slist *list, const char *text), (list, text))
IP_FORWARD_VOID(curl_slist_free_all, (struct curl_slist *list), (list))
IP_FORWARD(CURLU *, curl_url, NULL, (void), ())
IP_FORWARD(CURLUcode, curl_url_get, CURLUE_OUT_OF_MEMORY, (CURLU *url, CURLUPart part, char **text, unsigned int flags), (url, part, text, flags))
IP_FORWARD(CURLUcode, curl_url_set, CURLUE_OUT_OF_MEMORY, (CURLU *url, CURLUPart part, const char *text, unsigned int flags), (url, part, text, flags))
IP_FORWARD(char *, curl_version, "libcurl (not loaded)", (void), ())
IP_FORWARD(curl_version_info_data *, curl_version_info, NULL, (CURLversion version), (version))

// The variadic ones take exactly one more argument, whose type the option's number range gives
// (curl.h: CURLOPTTYPE_*); it is read as that type and passed on.
#define IP_FORWARD_OPTION(real, handle, option, arguments) \
    do { \
        if (option < CURLOPTTYPE_OBJECTPOINT) { \
            long value = va_arg(arguments, long); \
            return real(handle, option, value); \
        } else if (option < CURLOPTTYPE_FUNCTIONPOINT || option >= CURLOPTTYPE_BLOB) { \
            void *value = va_arg(arguments, void *); \
            return real(handle, option, value); \
        } else if (option < CURLOPTTYPE_OFF_T) { \
            void (*value)(void) = va_arg(arguments, void (*)(void)); \
            return real(handle, option, value); \
        } else { \
            curl_off_t value = va_arg(arguments, curl_off_t); \
            return real(handle, option, value); \
        } \
    } while (0)

static CURLcode ip_easy_setopt(CURL *curl, CURLoption option, va_list arguments) {
    IP_FORWARD_OPTION(real_curl_easy_setopt, curl, option, arguments);
}

CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...) {
    if (!ip_curl_ready()) return CURLE_FAILED_INIT;
    va_list arguments;
    va_start(arguments, option);
    CURLcode code = ip_easy_setopt(curl, option, arguments);
    va_end(arguments);
    return code;
}

static CURLMcode ip_multi_setopt(CURLM *multi, CURLMoption option, va_list arguments) {
    IP_FORWARD_OPTION(real_curl_multi_setopt, multi, option, arguments);
}

CURLMcode curl_multi_setopt(CURLM *multi, CURLMoption option, ...) {
    if (!ip_curl_ready()) return CURLM_INTERNAL_ERROR;
    va_list arguments;
    va_start(arguments, option);
    CURLMcode code = ip_multi_setopt(multi, option, arguments);
    va_end(arguments);
    return code;
}

// Every CURLINFO takes a pointer to where the answer goes.
CURLcode curl_easy_getinfo(CURL *curl, CURLINFO info, ...) {
    if (!ip_curl_ready()) return CURLE_FAILED_INIT;
    va_list arguments;
    va_start(arguments, info);
    void *answer = va_arg(arguments, void *);
    va_end(arguments);
    return real_curl_easy_getinfo(curl, info, answer);
}

#else

// Elsewhere libcurl is linked as usual.
const char *ip_curl_load_failure(void) { return 0; }

#endif
