/** The fields of a form post (application/x-www-form-urlencoded); none when the body cannot be read. */
export async function formOf(request: Request): Promise<URLSearchParams> {
  try {
    return new URLSearchParams(await request.text());
  } catch {
    return new URLSearchParams();
  }
}
