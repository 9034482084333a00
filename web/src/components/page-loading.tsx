import { Flex, Spin } from 'antd';

/** A spinner where a page is about to be: while its data or its code arrives. */
export function PageLoading() {
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin />
    </Flex>
  );
}
