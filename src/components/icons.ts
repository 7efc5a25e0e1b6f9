/**
 * The icons the console uses, each imported from its own module.
 *
 * Why not `import { IconX } from '@tabler/icons-react'`: in the dev server (which `npm start`, the
 * demos and the browser tests run on) that barrel is pre-bundled into one 16 MB module of all
 * 5,000+ icons that every page load downloads and parses; per-icon modules cost a few kB. The
 * production build tree-shakes either way. Biome refuses the barrel import elsewhere (biome.json).
 */
export { default as IconAlertCircle } from '@tabler/icons-react/icons/IconAlertCircle';
export { default as IconAlertTriangle } from '@tabler/icons-react/icons/IconAlertTriangle';
export { default as IconApi } from '@tabler/icons-react/icons/IconApi';
export { default as IconArchive } from '@tabler/icons-react/icons/IconArchive';
export { default as IconArrowLeft } from '@tabler/icons-react/icons/IconArrowLeft';
export { default as IconBan } from '@tabler/icons-react/icons/IconBan';
export { default as IconBug } from '@tabler/icons-react/icons/IconBug';
export { default as IconCamera } from '@tabler/icons-react/icons/IconCamera';
export { default as IconCheck } from '@tabler/icons-react/icons/IconCheck';
export { default as IconChevronDown } from '@tabler/icons-react/icons/IconChevronDown';
export { default as IconCircleCheck } from '@tabler/icons-react/icons/IconCircleCheck';
export { default as IconCopy } from '@tabler/icons-react/icons/IconCopy';
export { default as IconDashboard } from '@tabler/icons-react/icons/IconDashboard';
export { default as IconDatabase } from '@tabler/icons-react/icons/IconDatabase';
export { default as IconDeviceDesktop } from '@tabler/icons-react/icons/IconDeviceDesktop';
export { default as IconDisc } from '@tabler/icons-react/icons/IconDisc';
export { default as IconDots } from '@tabler/icons-react/icons/IconDots';
export { default as IconDownload } from '@tabler/icons-react/icons/IconDownload';
export { default as IconFilterOff } from '@tabler/icons-react/icons/IconFilterOff';
export { default as IconFlask } from '@tabler/icons-react/icons/IconFlask';
export { default as IconInfoCircle } from '@tabler/icons-react/icons/IconInfoCircle';
export { default as IconKey } from '@tabler/icons-react/icons/IconKey';
export { default as IconKeyOff } from '@tabler/icons-react/icons/IconKeyOff';
export { default as IconLanguage } from '@tabler/icons-react/icons/IconLanguage';
export { default as IconLayoutDistributeHorizontal } from '@tabler/icons-react/icons/IconLayoutDistributeHorizontal';
export { default as IconLink } from '@tabler/icons-react/icons/IconLink';
export { default as IconLock } from '@tabler/icons-react/icons/IconLock';
export { default as IconLogout } from '@tabler/icons-react/icons/IconLogout';
export { default as IconMoon } from '@tabler/icons-react/icons/IconMoon';
export { default as IconPencil } from '@tabler/icons-react/icons/IconPencil';
export { default as IconPlayerPlay } from '@tabler/icons-react/icons/IconPlayerPlay';
export { default as IconPlayerStop } from '@tabler/icons-react/icons/IconPlayerStop';
export { default as IconPlus } from '@tabler/icons-react/icons/IconPlus';
export { default as IconPower } from '@tabler/icons-react/icons/IconPower';
export { default as IconRefresh } from '@tabler/icons-react/icons/IconRefresh';
export { default as IconRefreshAlert } from '@tabler/icons-react/icons/IconRefreshAlert';
export { default as IconResize } from '@tabler/icons-react/icons/IconResize';
export { default as IconSearch } from '@tabler/icons-react/icons/IconSearch';
export { default as IconServer } from '@tabler/icons-react/icons/IconServer';
export { default as IconServerOff } from '@tabler/icons-react/icons/IconServerOff';
export { default as IconStack2 } from '@tabler/icons-react/icons/IconStack2';
export { default as IconSun } from '@tabler/icons-react/icons/IconSun';
export { default as IconTrash } from '@tabler/icons-react/icons/IconTrash';
export { default as IconUnlink } from '@tabler/icons-react/icons/IconUnlink';
export { default as IconUpload } from '@tabler/icons-react/icons/IconUpload';
export { default as IconWorld } from '@tabler/icons-react/icons/IconWorld';
export { default as IconX } from '@tabler/icons-react/icons/IconX';
