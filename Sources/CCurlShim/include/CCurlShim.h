#ifndef INTERVIEW_PREP_CCURLSHIM_H
#define INTERVIEW_PREP_CCURLSHIM_H

#include <curl/curl.h>

/// Non-variadic wrappers: Swift cannot call curl_easy_setopt / curl_easy_getinfo directly.
CURLcode ip_curl_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode ip_curl_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode ip_curl_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode ip_curl_setopt_read_function(CURL *handle, size_t (*function)(char *, size_t, size_t, void *));
CURLcode ip_curl_setopt_debug_function(CURL *handle, int (*function)(CURL *, curl_infotype, char *, size_t, void *));
/// Sets CURLOPT_XFERINFOFUNCTION and turns progress callbacks on (a nonzero return aborts the transfer).
CURLcode ip_curl_setopt_xferinfo_function(CURL *handle, int (*function)(void *, curl_off_t, curl_off_t, curl_off_t, curl_off_t));
CURLcode ip_curl_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode ip_curl_getinfo_string(CURL *handle, CURLINFO info, const char **value);
CURLcode ip_curl_setopt_write_function(CURL *handle, size_t (*function)(char *, size_t, size_t, void *));
/// Sets CURLOPT_OPENSOCKETFUNCTION: the function sees each address before a socket is opened to it.
CURLcode ip_curl_setopt_opensocket_function(CURL *handle, curl_socket_t (*function)(void *, curlsocktype, struct curl_sockaddr *));

/// Why libcurl could not be loaded (Linux loads it on first use), or NULL when it is loaded.
const char *ip_curl_load_failure(void);

/// The option that lets one rejected recipient not abort the whole message (spelled with three Ls in curl 7.88).
CURLoption ip_curl_option_mail_rcpt_allow_fails(void);

#endif
