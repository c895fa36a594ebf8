// Calls to the annalist API; errors come back as {error, detail} and are thrown as messages.
export async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.detail ? `${body.error}: ${body.detail}` : `HTTP ${res.status}`);
  return body as T;
}
