/** The one Mermaid configuration, pinned so that a Mermaid upgrade does not silently change the pictures. */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  htmlLabels: false, // at the root: no foreignObject in the SVG
  securityLevel: 'strict',
  layout: 'dagre',
  look: 'classic',
  theme: 'base',
  fontFamily: '"IBM Plex Sans", Arial, sans-serif',
  themeVariables: {
    fontFamily: '"IBM Plex Sans", Arial, sans-serif',
    fontSize: '15px',
    primaryColor: '#e8f1fb',
    primaryBorderColor: '#0059b3',
    primaryTextColor: '#1a1a1a',
    lineColor: '#4d4d4d',
    clusterBkg: '#f5f5f5',
    clusterBorder: '#b3b3b3',
    tertiaryColor: '#ffffff',
  },
  flowchart: { htmlLabels: false, useMaxWidth: true, curve: 'basis', nodeSpacing: 30, rankSpacing: 40 },
} as const;
