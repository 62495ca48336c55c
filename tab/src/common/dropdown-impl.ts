// Fetched on demand by LazyDropdown.tsx: Fluent's Dropdown (with its positioning and focus
// management) is the largest part of the form and is not needed before someone uses it.
export { Dropdown, Option } from '@fluentui/react-components';
