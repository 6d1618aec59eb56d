/**
 * JSON over HTTP for the live pages (docs/chat.md). The answer's body is read as JSON; a refusal becomes an Error
 * carrying the status, the problem document (RFC 9457) when there is one, and Retry-After in seconds.
 * `onResponse` sees every response before its body is read.
 */
export async function requestJson(url, { method, body, headers, onResponse }) {
  const sent = { Accept: 'application/json' };
  if (body !== undefined) {
    sent['Content-Type'] = 'application/json';
  }
  Object.assign(sent, headers);
  const response = await fetch(url, {
    method: method,
    headers: sent,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  if (onResponse) {
    onResponse(response);
  }
  const raw = await response.text();
  let json = null;
  try {
    json = raw ? JSON.parse(raw) : null;
  } catch (e) {
    // not JSON (a proxy's error page): the status says enough
  }
  if (!response.ok) {
    const error = new Error(json && json.detail ? json.detail : String(response.status));
    error.status = response.status;
    error.problem = json;
    error.retryAfter = Number(response.headers.get('Retry-After')) || null;
    throw error;
  }
  return json;
}
