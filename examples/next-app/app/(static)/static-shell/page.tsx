export default function StaticShell() {
  return (
    <>
      <h1>Static shell</h1>
      <p>Smartbump shop, prerendered by Next.js.</p>
    </>
  );
}
