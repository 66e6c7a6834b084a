// Calls a running tracker through the TypeScript client generated from its OpenAPI document, unedited:
// node out/call.js <baseUrl> <user> <password> <token>. Prints one line per call; exits 1 on a failure.
import { Configuration, MailboxesApi, ProjectApi, ResponseError } from "./client";

async function main(): Promise<void> {
  const [basePath, username, password, token] = process.argv.slice(2);
  const basic = new Configuration({ basePath, username, password });
  const page = await new MailboxesApi(basic).listMailboxes({ size: 5 });
  console.log(`listMailboxes total=${page.totalElements} first=${page.content?.[0]?.primaryAddress ?? "none"}`);
  const project = await new ProjectApi(new Configuration({ basePath, accessToken: token })).getProject();
  console.log(`getProject (token) organisation=${project.settings?.organisationName}`);
  try {
    await new MailboxesApi(basic).getMailbox({ primaryAddress: "nobody@contoso.com" });
    console.log("getMailbox unexpectedly found nobody@contoso.com");
    process.exitCode = 1;
  } catch (e) {
    if (!(e instanceof ResponseError)) throw e;
    const problem = await e.response.json();
    console.log(`getMailbox status=${e.response.status} type=${e.response.headers.get("content-type")} detail=${problem.detail}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
