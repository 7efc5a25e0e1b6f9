import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Placeholder until the console's pages exist (issue #3): shows that the proxy reaches the emulator.
function Placeholder() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', margin: '4rem auto', maxWidth: 640 }}>
      <h1>NHN Cloud Console</h1>
      <p>
        The console is being built. The API proxy is available under <code>/api/</code>.
      </p>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Placeholder />
  </StrictMode>,
);
