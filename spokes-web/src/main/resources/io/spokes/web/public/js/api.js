// The lab's JSON API (docs/api.md). When the server listens beyond localhost it prints an
// address with #token=...; the token is kept for this tab and sent on every call.

const token = (() => {
  const m = location.hash.match(/token=([A-Za-z0-9_-]+)/);
  if (m) {
    sessionStorage.setItem('spokes-token', m[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem('spokes-token');
})();

export class ApiError extends Error {
  constructor(status, error) {
    super(error.message || ('HTTP ' + status));
    this.status = status;
    this.field = error.field || '';
    this.problem = error.problem || this.message;
    this.line = error.line || 0;
  }
}

function serverMillis(header) {
  const m = header && header.match(/dur=([0-9.]+)/);
  return m ? Number(m[1]) : null;
}

export async function api(path, { method = 'GET', body, signal, raw = false } = {}) {
  const headers = {};
  if (token) headers.Authorization = 'Bearer ' + token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const started = performance.now();
  const res = await fetch(path, { method, headers, signal, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) {
    let error;
    try {
      error = (await res.json()).error;
    } catch (e) {
      error = { message: res.status + ' ' + res.statusText };
    }
    throw new ApiError(res.status, error);
  }
  if (raw) return res;
  if (res.status === 204) return null;
  const data = await res.json();
  Object.defineProperty(data, 'timing', {
    value: { server: serverMillis(res.headers.get('Server-Timing')), total: performance.now() - started },
    enumerable: false,
  });
  return data;
}

/** Fetches a file (with the token) and hands it to the browser as a download. */
export async function download(path, options = {}) {
  const res = await api(path, { ...options, raw: true });
  const disposition = res.headers.get('Content-Disposition') || '';
  const m = disposition.match(/filename="([^"]+)"/);
  const blob = await res.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = m ? m[1] : 'spokes-download';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 5000);
  return a.download;
}
