export function PopupApp() {
  return (
    <main>
      <h1>Herald</h1>
    </main>
  );
}
