export function OptionsApp() {
  return (
    <main>
      <h1>Herald settings</h1>
    </main>
  );
}
