import { Text, View } from '@tarojs/components';
import { openPage } from '../../navigation/routes';
import './entry-links.scss';

export interface EntryLink {
  title: string;
  url: string;
}

/** A card of 管理: its title, then one large link per page it leads to, wrapping onto more rows at 320 px. */
export function EntryLinks({ title, links }: { title: string; links: readonly EntryLink[] }) {
  return (
    <View className="gh-card gh-entry">
      <Text className="gh-entry__title">{title}</Text>
      <View className="gh-entry__links">
        {links.map((link) => (
          <View key={link.url} className="gh-entry__link" role="button" onClick={() => openPage(link.url)}>
            <Text>{link.title}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
