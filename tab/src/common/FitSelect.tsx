import { makeStyles, mergeClasses, Select, type SelectProps } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { width: '100%', minWidth: 0 },
  select: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});

/** A Fluent Select that fits its column however long its options are. */
export function FitSelect({ className, ...props }: SelectProps) {
  const styles = useStyles();
  return (
    <Select
      {...props}
      className={mergeClasses(styles.root, className)}
      select={{ className: styles.select }}
    />
  );
}
