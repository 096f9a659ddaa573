// Where staff sign in with their organisation's account, Camunda's own login form is not theirs: the webapps'
// route to it (after signing out, or when the session has ended) goes to the product's sign-out instead, which
// also signs out at the identity provider. Without identity providers /logga-in/lage answers 404 and nothing changes.
const signOutInstead = async () => {
  if (!window.location.hash.startsWith('#/login')) {
    return;
  }
  try {
    const answer = await fetch('/logga-in/lage', {credentials: 'same-origin'});
    if (answer.ok) {
      const mode = await answer.json();
      if (mode.organisationskonto) {
        window.location.replace(mode.utloggning);
      }
    }
  } catch (e) {
    // No sign-in mode known: Camunda's login stays as it is.
  }
};
window.addEventListener('hashchange', signOutInstead);
signOutInstead();

export default [];
